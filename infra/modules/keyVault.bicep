// Key Vault holding the SMTP relay's password. The Function App reads it through a Key Vault
// reference (@Microsoft.KeyVault(SecretUri=...)) resolved with its user-assigned identity, so the
// password never appears in the app settings.

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags {*: string}

@description('Name of the Key Vault.')
param vaultName string

@description('Password of the SMTP relay.')
@secure()
param smtpPassword string

@description('Principal id of the app identity that reads the secret.')
param readerPrincipalId string

@description('Resource id of that identity (stable input for the role assignment name).')
param readerIdentityId string

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

// Key Vault Secrets User: 4633458b-17de-408a-b874-0445c86b69e6, on this one secret only.
resource secretReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(smtpPasswordSecret.id, readerIdentityId, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: smtpPasswordSecret
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('URI of the SMTP password secret (latest version), for the app setting\'s Key Vault reference.')
output smtpVaultEntryUri string = smtpPasswordSecret.properties.secretUri
