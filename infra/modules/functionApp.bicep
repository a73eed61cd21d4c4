// Linux App Service plan (Premium v3) and the Function App. The plan is dedicated because the
// process hosts an Orleans silo: private ports (vnetPrivatePortsCount) exist only on dedicated
// plans with regional VNet integration, and every instance of the plan is one silo.

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags {*: string}

@description('Name of the App Service plan.')
param planName string

@description('Name of the Function App.')
param functionAppName string

@description('Premium v3 size of the plan.')
@allowed([
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
  'P1mv3'
  'P2mv3'
])
param planSku string

@description('Instances of the plan: each runs one Orleans silo.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('.NET version of the isolated worker.')
param dotnetVersion string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Resource id of the subnet for regional VNet integration.')
param subnetId string

@description('Name of the storage account (AzureWebJobsStorage, identity-based).')
param storageAccountName string

@description('Table service endpoint of the storage account.')
param tableServiceUri string

@description('Table service endpoint of the account of the grains\' state (the main one\'s when they share it).')
param grainStateTableServiceUri string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Fully qualified Service Bus namespace.')
param serviceBusNamespace string

@description('Topic the app publishes notifications to.')
param serviceBusTopicName string

@description('Orleans cluster id.')
param orleansClusterId string

@description('Orleans service id (keys grain state: never change it once there is data).')
param orleansServiceId string

@description('NCRONTAB schedule of the deadline sweep.')
param sweepSchedule string

@description('NCRONTAB schedule of the outbox dispatcher.')
param dispatchSchedule string

@description('Token issuer authority, https://login.microsoftonline.com/<tenant>/v2.0.')
param authAuthority string

@description('Audience the API accepts in access tokens.')
param authAudience string

@description('Client id of the web app\'s single-page application registration.')
param webAppClientId string

@description('API scope the web app asks for.')
param webAppScope string

@description('SMTP relay host (for example smtp.azurecomm.net for Azure Communication Services).')
param smtpHost string

@description('SMTP relay port.')
param smtpPort int

@description('SMTP user name.')
param smtpUserName string

@description('URI of the Key Vault secret holding the SMTP password (read through a Key Vault reference).')
param smtpVaultEntryUri string

@description('Sender address of reminder emails.')
param smtpFromAddress string

@description('Link to a task in emails and webhook events (the web app\'s page: https://<app>/api/app/#/task/{taskId}); {taskId} is replaced.')
param taskUrlTemplate string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    tier: 'PremiumV3'
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: functionAppName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    reserved: true
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    virtualNetworkSubnetId: subnetId
    // Key Vault references (the SMTP password) resolve with the app's user-assigned identity.
    keyVaultReferenceIdentity: identityId
    // Everything leaves through the VNet: storage only admits the app subnet.
    outboundVnetRouting: {
      allTraffic: true
    }
    siteConfig: {
      linuxFxVersion: 'DOTNET-ISOLATED|${dotnetVersion}'
      alwaysOn: true
      // Two private ports for the silo: silo-to-silo and gateway (WEBSITE_PRIVATE_PORTS).
      vnetPrivatePortsCount: 2
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      use32BitWorkerProcess: false
      remoteDebuggingEnabled: false
      // Readiness (storage reachable, silo active), not liveness: an instance that cannot serve leaves the rotation.
      healthCheckPath: '/api/health/ready'
      // Exactly the settings the app's options bind (AppSettingNames.cs) plus those the Functions
      // platform reads; tests/Serverless.Infra.Tests compares this list with the app's constants.
      appSettings: [
        // Functions platform
        {
          name: 'FUNCTIONS_EXTENSION_VERSION'
          value: '~4'
        }
        {
          name: 'FUNCTIONS_WORKER_RUNTIME'
          value: 'dotnet-isolated'
        }
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storageAccountName
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
        // Zip deploy mounts the package read-only; keeping it here stops a redeploy of this
        // template from dropping the setting the deployment tooling added.
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        // The app (AppSettingNames)
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        {
          name: 'Storage__TableServiceUri'
          value: tableServiceUri
        }
        {
          name: 'Storage__GrainState__TableServiceUri'
          value: grainStateTableServiceUri
        }
        {
          name: 'Orleans__ClusterId'
          value: orleansClusterId
        }
        {
          name: 'Orleans__ServiceId'
          value: orleansServiceId
        }
        {
          name: 'SweepSchedule'
          value: sweepSchedule
        }
        {
          name: 'DispatchSchedule'
          value: dispatchSchedule
        }
        {
          name: 'ServiceBus__FullyQualifiedNamespace'
          value: serviceBusNamespace
        }
        {
          name: 'ServiceBus__TopicName'
          value: serviceBusTopicName
        }
        {
          name: 'Smtp__Host'
          value: smtpHost
        }
        {
          name: 'Smtp__Port'
          value: string(smtpPort)
        }
        {
          name: 'Smtp__Security'
          value: 'StartTls'
        }
        {
          name: 'Smtp__UserName'
          value: smtpUserName
        }
        // Never the password itself: a reference the platform resolves from Key Vault.
        {
          name: 'Smtp__Password'
          value: '@Microsoft.KeyVault(SecretUri=${smtpVaultEntryUri})'
        }
        {
          name: 'Smtp__FromAddress'
          value: smtpFromAddress
        }
        {
          name: 'Delivery__TaskUrlTemplate'
          value: taskUrlTemplate
        }
        {
          name: 'Auth__Authority'
          value: authAuthority
        }
        {
          name: 'Auth__Audience'
          value: authAudience
        }
        // The web app's Entra ID sign-in (MSAL, authorization code + PKCE)
        {
          name: 'WebApp__ClientId'
          value: webAppClientId
        }
        {
          name: 'WebApp__Scope'
          value: webAppScope
        }
      ]
    }
  }
}

// No FTP or Kudu basic-auth publishing: deployments authenticate with Microsoft Entra ID.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Default host name of the Function App.')
output defaultHostName string = functionApp.properties.defaultHostName
