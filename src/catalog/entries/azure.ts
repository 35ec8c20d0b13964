import { cloudService } from '../define.js';
import type { Tech } from '../types.js';

const azure = cloudService('azure');

/** Azure compute, networking, identity and security. */
export const AZURE: Tech[] = [
  azure('azure-virtual-machines', 'Azure Virtual Machines', 'compute', ['azure-vm', 'azure-vms']),
  azure('azure-vm-scale-sets', 'Azure VM Scale Sets', 'compute', ['vmss', 'azure-vmss']),
  azure('azure-app-service', 'Azure App Service', 'compute', ['app-service', 'azure-web-app', 'azure-web-apps']),
  azure('azure-functions', 'Azure Functions', 'compute', ['azure-function', 'function-app', 'function-apps']),
  azure('azure-container-apps', 'Azure Container Apps', 'container', ['container-apps', 'aca']),
  azure('azure-container-instances', 'Azure Container Instances', 'container', ['aci']),
  azure('azure-aks', 'Azure AKS', 'kubernetes', ['aks', 'azure-kubernetes-service']),
  azure('azure-container-registry', 'Azure Container Registry', 'container', ['acr']),
  azure('azure-batch', 'Azure Batch', 'compute'),
  azure('azure-service-fabric', 'Azure Service Fabric', 'compute', ['service-fabric']),
  azure('azure-spring-apps', 'Azure Spring Apps', 'compute', ['spring-apps']),
  azure('azure-static-web-apps', 'Azure Static Web Apps', 'frontend', ['static-web-apps', 'swa']),
  azure('azure-logic-apps', 'Azure Logic Apps', 'compute', ['logic-apps']),
  azure('azure-virtual-desktop', 'Azure Virtual Desktop', 'client', ['avd']),
  azure('azure-virtual-network', 'Azure Virtual Network', 'network', ['vnet', 'azure-vnet']),
  azure('azure-load-balancer', 'Azure Load Balancer', 'network', ['azure-lb']),
  azure('azure-application-gateway', 'Azure Application Gateway', 'gateway', ['application-gateway', 'app-gateway']),
  azure('azure-front-door', 'Azure Front Door', 'network', ['front-door', 'azure-cdn']),
  azure('azure-api-management', 'Azure API Management', 'gateway', ['apim', 'api-management']),
  azure('azure-dns', 'Azure DNS', 'network'),
  azure('azure-traffic-manager', 'Azure Traffic Manager', 'network', ['traffic-manager']),
  azure('azure-vpn-gateway', 'Azure VPN Gateway', 'network', ['azure-vpn']),
  azure('azure-expressroute', 'Azure ExpressRoute', 'network', ['expressroute', 'express-route']),
  azure('azure-private-link', 'Azure Private Link', 'network', ['private-link', 'private-endpoint']),
  azure('azure-nat-gateway', 'Azure NAT Gateway', 'network', ['azure-nat']),
  azure('azure-bastion', 'Azure Bastion', 'security'),
  azure('azure-firewall', 'Azure Firewall', 'security'),
  azure('azure-nsg', 'Azure NSG', 'security', ['nsg', 'network-security-group']),
  azure('azure-ddos-protection', 'Azure DDoS Protection', 'security', ['azure-ddos']),
  azure('azure-key-vault', 'Azure Key Vault', 'security', ['key-vault', 'keyvault', 'akv']),
  azure('azure-defender', 'Microsoft Defender for Cloud', 'security', ['defender-for-cloud', 'azure-security-center']),
  azure('azure-sentinel', 'Microsoft Sentinel', 'security', ['sentinel', 'microsoft-sentinel']),
  azure('azure-policy', 'Azure Policy', 'security'),
  azure('azure-managed-identity', 'Azure Managed Identity', 'identity', ['managed-identity', 'user-assigned-identity']),
  // No plain Entra ID mark in the set (only variants with badges): the generic identity glyph, Azure's colour.
  azure('azure-entra-id', 'Microsoft Entra ID', 'identity', ['entra-id', 'entra', 'azure-ad', 'aad', 'azure-active-directory'], { icon: 'identity', color: '#0078D4' }),
  azure('azure-ad-b2c', 'Azure AD B2C', 'identity', ['entra-external-id', 'b2c']),
  azure('azure-resource-group', 'Azure Resource Group', 'generic', ['resource-group']),
  azure('azure-subscription', 'Azure Subscription', 'generic'),
  azure('azure-arc', 'Azure Arc', 'compute'),
  azure('azure-iot-hub', 'Azure IoT Hub', 'compute', ['iot-hub']),
];
