metadata description = 'Directive tracking: Azure Functions (isolated worker hosting an Orleans silo) on a Premium v3 plan, Table Storage, Service Bus notifications.'

targetScope = 'resourceGroup'

@description('A valid agency code: [A-Z0-9-], at most 50 characters (it names a Service Bus subscription).')
@minLength(1)
@maxLength(50)
type agencyCode = string

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Short name of this deployment (lowercase letters, digits, hyphens), for example tbkl-prod. Names every resource.')
@minLength(3)
@maxLength(16)
param baseName string

@description('Tags applied to every resource.')
param tags {*: string} = {}

@description('Agency codes; each gets its own Service Bus subscription. main.bicepparam reads them from the app\'s agencies.json.')
@minLength(1)
param agencyCodes agencyCode[]

@description('Name of the Service Bus subscription that receives every escalation from leadershipMinimumLevel up.')
@minLength(1)
@maxLength(50)
param leadershipSubscriptionName string = 'leadership'

@description('Lowest escalation level (agency 0, supervising office 1, leadership 2) the leadership subscription receives.')
@minValue(0)
param leadershipMinimumLevel int = 2

@description('Name of the Service Bus subscription the delivery worker reads (NotificationTopology.DeliverySubscription).')
@minLength(1)
@maxLength(50)
param deliverySubscriptionName string = 'delivery'

@description('SMTP relay host the reminder emails go through (Azure Communication Services: smtp.azurecomm.net).')
param smtpHost string = 'smtp.azurecomm.net'

@description('SMTP relay port (STARTTLS).')
param smtpPort int = 587

@description('SMTP user name (Azure Communication Services: the SMTP username of its Entra application).')
param smtpUserName string

@description('SMTP password; stored in Key Vault, the app setting holds only a Key Vault reference.')
@secure()
param smtpPassword string

@description('Sender address of the reminder emails (a verified sender of the relay).')
param smtpFromAddress string

@description('Orleans cluster id: the silos of this deployment form one cluster.')
@minLength(1)
param orleansClusterId string

@description('Orleans service id: keys grain state in storage. Never change it in a deployment that has data.')
@minLength(1)
param orleansServiceId string

@description('NCRONTAB schedule of the deadline sweep.')
param sweepSchedule string = '0 * * * * *'

@description('NCRONTAB schedule of the outbox dispatcher (publishes notifications to Service Bus).')
param dispatchSchedule string = '*/30 * * * * *'

@description('Audience the API accepts in access tokens (the Application ID URI or client id of the API\'s app registration).')
@minLength(1)
param authAudience string

@description('Microsoft Entra tenant that issues the API\'s tokens.')
param authTenantId string = tenant().tenantId

@description('Client id of the web app\'s single-page application registration in Entra ID (redirect URI https://<app>/api/app/); docs/deploy.md.')
@minLength(1)
param webAppClientId string

@description('API scope the web app asks for, such as api://directive-tracking/access_as_user; empty: the audience\'s .default.')
param webAppScope string = ''

@description('Premium v3 size of the App Service plan.')
@allowed([
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
  'P1mv3'
  'P2mv3'
])
param planSku string = 'P1v3'

@description('Instances of the plan; each is one Orleans silo.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Redundancy of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Give the grains\' state a storage account of its own: the grains\' reads and writes then count against that account\'s targets (about 20,000 entities/s each), not those the read models, outbox and due index share. Choose it when the deployment is created: the app refuses to start on an empty grain-state account while the main account holds grain state.')
param separateGrainStateAccount bool = false

@description('Address space of the virtual network.')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Prefix of the subnet the Function App integrates with.')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// The project targets net10.0 (Directory.Build.props).
var dotnetVersion = '10.0'
var topicName = 'notifications'
var suffix = uniqueString(resourceGroup().id, baseName)
var names = {
  identity: 'id-${baseName}'
  workspace: 'log-${baseName}'
  appInsights: 'appi-${baseName}'
  vnet: 'vnet-${baseName}'
  nsg: 'nsg-${baseName}-app'
  storage: take('st${toLower(replace(baseName, '-', ''))}${suffix}', 24)
  grainStateStorage: take('sg${toLower(replace(baseName, '-', ''))}${suffix}', 24)
  serviceBus: 'sb-${baseName}-${suffix}'
  plan: 'asp-${baseName}'
  functionApp: 'func-${baseName}-${suffix}'
  keyVault: take('kv-${baseName}-${suffix}', 24)
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionInDays
    publisherPrincipalId: identity.properties.principalId
    publisherIdentityId: identity.id
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    tags: tags
    vnetName: names.vnet
    nsgName: names.nsg
    vnetAddressPrefix: vnetAddressPrefix
    appSubnetPrefix: appSubnetPrefix
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: tags
    storageAccountName: names.storage
    skuName: storageSku
    allowedSubnetId: network.outputs.appSubnetId
    appPrincipalId: identity.properties.principalId
    appIdentityId: identity.id
  }
}

// Only the grains' state (Orleans' OrleansGrainState table); the same module, so the same network and identity rules.
module grainStateStorage 'modules/storage.bicep' = if (separateGrainStateAccount) {
  name: 'grainStateStorage'
  params: {
    location: location
    tags: tags
    storageAccountName: names.grainStateStorage
    skuName: storageSku
    allowedSubnetId: network.outputs.appSubnetId
    appPrincipalId: identity.properties.principalId
    appIdentityId: identity.id
    functionsRuntime: false
  }
}

module serviceBus 'modules/serviceBus.bicep' = {
  name: 'serviceBus'
  params: {
    location: location
    tags: tags
    namespaceName: names.serviceBus
    topicName: topicName
    agencyCodes: agencyCodes
    leadershipSubscriptionName: leadershipSubscriptionName
    leadershipMinimumLevel: leadershipMinimumLevel
    deliverySubscriptionName: deliverySubscriptionName
    senderPrincipalId: identity.properties.principalId
    senderIdentityId: identity.id
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    tags: tags
    vaultName: names.keyVault
    smtpPassword: smtpPassword
    readerPrincipalId: identity.properties.principalId
    readerIdentityId: identity.id
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    tags: tags
    planName: names.plan
    functionAppName: names.functionApp
    planSku: planSku
    instanceCount: instanceCount
    dotnetVersion: dotnetVersion
    identityId: identity.id
    identityClientId: identity.properties.clientId
    subnetId: network.outputs.appSubnetId
    storageAccountName: names.storage
    tableServiceUri: storage.outputs.tableEndpoint
    grainStateTableServiceUri: separateGrainStateAccount ? grainStateStorage!.outputs.tableEndpoint : storage.outputs.tableEndpoint
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    serviceBusTopicName: topicName
    orleansClusterId: orleansClusterId
    orleansServiceId: orleansServiceId
    sweepSchedule: sweepSchedule
    dispatchSchedule: dispatchSchedule
    authAuthority: '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'
    authAudience: authAudience
    webAppClientId: webAppClientId
    webAppScope: empty(webAppScope) ? '${authAudience}/.default' : webAppScope
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    smtpVaultEntryUri: keyVault.outputs.smtpVaultEntryUri
    smtpFromAddress: smtpFromAddress
    // The web app's task page (its hash route #/task/{id}); the app's host name is known before it exists (its name
    // is), so the link needs no module output.
    taskUrlTemplate: 'https://${names.functionApp}.azurewebsites.net/api/app/#/task/{taskId}'
  }
}

@description('Name of the Function App (target of zip deploy).')
output functionAppName string = names.functionApp

@description('Base URL of the app; the API is under /api.')
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'

@description('Service Bus namespace name.')
output serviceBusNamespaceName string = names.serviceBus

@description('Topic the notifications are published to.')
output topicName string = topicName

@description('Subscriptions created on the topic: one per agency, leadership and the delivery worker\'s.')
output subscriptionNames string[] = concat(agencyCodes, [leadershipSubscriptionName, deliverySubscriptionName])

@description('Client id of the app\'s user-assigned identity (AZURE_CLIENT_ID).')
output identityClientId string = identity.properties.clientId

@description('Principal (object) id of the app\'s identity, for granting it further roles.')
output identityPrincipalId string = identity.properties.principalId

@description('Storage account holding the app\'s tables.')
output storageAccountName string = names.storage
