// Service Bus namespace with the `notifications` topic. The outbox dispatcher publishes each
// notification with MessageId = notification id and the application properties agency, level,
// kind, taskId and dueDate. Each agency reads its own subscription; leadership reads every
// escalation from level 2 up; the app's delivery worker reads every notification from `delivery`.

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags {*: string}

@description('Name of the Service Bus namespace.')
param namespaceName string

@description('Name of the topic the app publishes notifications to.')
param topicName string

@description('Agency codes ([A-Z0-9-]); each gets a subscription of the same name filtered on the agency property.')
param agencyCodes string[]

@description('Name of the leadership subscription.')
param leadershipSubscriptionName string

@description('Lowest escalation level the leadership subscription receives.')
param leadershipMinimumLevel int

@description('Name of the subscription the delivery worker reads (every notification, no filter).')
param deliverySubscriptionName string

@description('Principal id of the app identity that publishes and runs the delivery worker.')
param senderPrincipalId string

@description('Resource id of that identity (stable input for the role assignment name).')
param senderIdentityId string

// The dispatcher retries unacknowledged outbox rows after any outage, so a resend can come long
// after the first send; seven days is the longest window Service Bus offers and costs nothing
// at this message volume.
var duplicateDetectionWindow = 'P7D'

// An agency that does not read its messages for two weeks finds them in its dead-letter queue.
var messageTimeToLive = 'P14D'

// TimeSpan.MaxValue: never delete idle entities (an agency can be quiet for months).
var neverAutoDelete = 'P10675199DT2H48M5.4775807S'

var subscriptionProperties = {
  lockDuration: 'PT1M'
  maxDeliveryCount: 10
  requiresSession: false
  defaultMessageTimeToLive: messageTimeToLive
  autoDeleteOnIdle: neverAutoDelete
  deadLetteringOnMessageExpiration: true
  deadLetteringOnFilterEvaluationExceptions: true
  enableBatchedOperations: true
}

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: namespaceName
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2026-01-01' = {
  parent: namespace
  name: topicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    defaultMessageTimeToLive: messageTimeToLive
    autoDeleteOnIdle: neverAutoDelete
    enableBatchedOperations: true
    enablePartitioning: false
    supportOrdering: true
    maxSizeInMegabytes: 1024
  }
}

resource agencySubscriptions 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2026-01-01' = [
  for code in agencyCodes: {
    parent: topic
    name: code
    properties: subscriptionProperties
  }
]

// Every new subscription starts with a `$Default` rule whose filter is 1=1 (everything). Writing a
// rule of that name replaces its filter, so the subscription only ever holds the agency filter.
resource agencyFilters 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2026-01-01' = [
  for (code, i) in agencyCodes: {
    parent: agencySubscriptions[i]
    name: '$Default'
    properties: {
      filterType: 'SqlFilter'
      sqlFilter: {
        sqlExpression: 'agency = \'${replace(code, '\'', '\'\'')}\''
        compatibilityLevel: 20
      }
    }
  }
]

resource leadershipSubscription 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2026-01-01' = {
  parent: topic
  name: leadershipSubscriptionName
  properties: subscriptionProperties
}

resource leadershipFilter 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2026-01-01' = {
  parent: leadershipSubscription
  name: '$Default'
  properties: {
    filterType: 'SqlFilter'
    sqlFilter: {
      sqlExpression: 'level >= ${leadershipMinimumLevel}'
      compatibilityLevel: 20
    }
  }
}

// The delivery worker reads every notification: the subscription keeps its `$Default` rule (1=1).
// It dead-letters a message itself after its own attempts; maxDeliveryCount is the broker's backstop.
resource deliverySubscription 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2026-01-01' = {
  parent: topic
  name: deliverySubscriptionName
  properties: subscriptionProperties
}

// Azure Service Bus Data Receiver: 4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0, on the delivery subscription only.
resource deliveryDataReceiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deliverySubscription.id, senderIdentityId, '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0')
  scope: deliverySubscription
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0')
    principalId: senderPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Azure Service Bus Data Sender: 69a216fc-b8fb-44d8-bc22-1f3c2a0a2a39, on the topic only.
resource topicDataSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(topic.id, senderIdentityId, '69a216fc-b8fb-44d8-bc22-1f3c2a0a2a39')
  scope: topic
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '69a216fc-b8fb-44d8-bc22-1f3c2a0a2a39')
    principalId: senderPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Host name of the namespace, for example ns.servicebus.windows.net.')
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]
