// Log Analytics + workspace-based Application Insights. Local (instrumentation-key) auth is off:
// the app and the Functions host send telemetry with the user-assigned identity, which needs
// Monitoring Metrics Publisher on the component.

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags {*: string}

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Principal id of the identity that publishes telemetry.')
param publisherPrincipalId string

@description('Resource id of that identity (stable input for the role assignment name).')
param publisherIdentityId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      disableLocalAuth: true
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
  }
}

// Monitoring Metrics Publisher: 3913510d-42f4-4e42-8a64-420c390055eb
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, publisherIdentityId, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '3913510d-42f4-4e42-8a64-420c390055eb')
    principalId: publisherPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Connection string of the component (no key material is usable: local auth is disabled).')
output appInsightsConnectionString string = appInsights.properties.ConnectionString
