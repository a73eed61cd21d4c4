// One storage account for the app's tables (Orleans clustering, grain state, read models, outbox)
// and for the Functions runtime (AzureWebJobsStorage: blob leases for timer singletons, host keys).
// Shared keys are disabled: every client uses Microsoft Entra ID with the app's identity.

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags {*: string}

@description('Name of the storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param storageAccountName string

@description('Redundancy of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Subnet that may reach the account (through its Microsoft.Storage service endpoint); every other network is denied.')
param allowedSubnetId string

@description('Principal id of the app identity that gets data-plane roles.')
param appPrincipalId string

@description('Resource id of that identity (stable input for role assignment names).')
param appIdentityId string

@description('Whether the Functions runtime uses the account too (AzureWebJobsStorage: blobs and queues); false for the account of the grains\' state, which needs tables only.')
param functionsRuntime bool = true

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
      virtualNetworkRules: [
        {
          id: allowedSubnetId
          action: 'Allow'
        }
      ]
      ipRules: []
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
        file: {
          enabled: true
          keyType: 'Account'
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

// Storage Table Data Contributor: 0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3 (the app's tables and Orleans).
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, appIdentityId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Owner: b7e6dc6d-f1e8-4753-8033-0f276bb0955b (Functions runtime: leases, host keys).
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (functionsRuntime) {
  name: guid(storage.id, appIdentityId, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Queue Data Contributor: 974c5e8b-45b9-4653-ba55-5f855dd0fb88 (Functions runtime).
resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (functionsRuntime) {
  name: guid(storage.id, appIdentityId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Table service endpoint, for example https://account.table.core.windows.net/.')
output tableEndpoint string = storage.properties.primaryEndpoints.table
