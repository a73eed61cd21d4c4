// The VNet the Function App integrates with. The subnet is delegated to App Service plans; the
// Orleans silos of all instances talk to each other over it (WEBSITE_PRIVATE_IP / _PORTS), and
// storage is reached through its service endpoint, so the storage account can deny other networks.

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags {*: string}

@description('Name of the virtual network.')
param vnetName string

@description('Name of the network security group on the app subnet.')
param nsgName string

@description('Address space of the virtual network.')
param vnetAddressPrefix string

@description('Prefix of the app integration subnet (/26 or larger: one address per instance, plus headroom for scale and swaps).')
param appSubnetPrefix string

var appSubnetName = 'snet-app'

// No custom rules: the defaults allow traffic inside the VNet (silo-to-silo) and outbound, and deny
// inbound from the internet (the app's inbound HTTP arrives through the App Service front ends).
resource nsg 'Microsoft.Network/networkSecurityGroups@2026-03-01' = {
  name: nsgName
  location: location
  tags: tags
  properties: {
    securityRules: []
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2026-03-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        vnetAddressPrefix
      ]
    }
    subnets: [
      {
        name: appSubnetName
        properties: {
          addressPrefix: appSubnetPrefix
          networkSecurityGroup: {
            id: nsg.id
          }
          serviceEndpoints: [
            {
              service: 'Microsoft.Storage'
            }
          ]
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
    ]
  }
}

@description('Resource id of the delegated app subnet.')
output appSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, appSubnetName)
