export { PublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
