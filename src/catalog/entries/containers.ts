import { tech, type Tech } from '../types.js';

/** Container runtimes, Kubernetes distributions and tooling. */
export const CONTAINERS: Tech[] = [
  tech('docker', 'Docker', 'container', ['docker-engine']),
  tech('containerd', 'containerd', 'container'),
  tech('kubernetes', 'Kubernetes', 'kubernetes', ['k8s', 'kube']),
  tech('k3s', 'K3s', 'kubernetes'),
  tech('helm', 'Helm', 'kubernetes'),
  tech('istio', 'Istio', 'network'),
  tech('linkerd', 'Linkerd', 'network'),
  tech('argo', 'Argo', 'devops', ['argocd', 'argo-cd', 'argo-workflows']),
  tech('rancher', 'Rancher', 'kubernetes'),
];
