using 'main.bicep'

// The one list of agencies: the app reads the same file at run time.
var agencyDirectory = loadJsonContent('../functions/Serverless.Functions/agencies.json')

param baseName = 'tbkl-prod'
param tags = {
  product: 'directive-tracking'
  environment: 'production'
}
param agencyCodes = map(agencyDirectory.agencies, agency => agency.code)
param orleansClusterId = 'tbkl-prod'
param orleansServiceId = 'tbkl'
param sweepSchedule = '0 * * * * *'
param dispatchSchedule = '*/30 * * * * *'
// The API's app registration differs per tenant: the operator exports AUTH_AUDIENCE before
// deploying (docs/deploy.md); without it the parameter file does not compile.
param authAudience = readEnvironmentVariable('AUTH_AUDIENCE')
param planSku = 'P1v3'
param instanceCount = 2
param storageSku = 'Standard_ZRS'
// The SMTP relay (Azure Communication Services by default): the operator exports its user name,
// password and verified sender before deploying; the password goes to Key Vault only.
param smtpUserName = readEnvironmentVariable('SMTP_USERNAME', '')
param smtpPassword = readEnvironmentVariable('SMTP_PASSWORD', '')
param smtpFromAddress = readEnvironmentVariable('SMTP_FROM_ADDRESS', 'nhacviec@example.gov.vn')
