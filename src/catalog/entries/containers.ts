import { tech, type Tech } from '../types.js';

/** Container runtimes, Kubernetes distributions and tooling, service meshes. */
export const CONTAINERS: Tech[] = [
  tech('docker', 'Docker', 'container', ['docker-engine', 'docker-compose']),
  tech('containerd', 'containerd', 'container'),
  tech('podman', 'Podman', 'container', [], { icon: 'container', color: '#892CA0' }),
  tech('portainer', 'Portainer', 'container'),
  tech('kubernetes', 'Kubernetes', 'kubernetes', ['k8s', 'kube']),
  tech('k3s', 'K3s', 'kubernetes'),
  tech('openshift', 'OpenShift', 'kubernetes', ['red-hat-openshift', 'okd']),
  tech('rancher', 'Rancher', 'kubernetes'),
  tech('helm', 'Helm', 'kubernetes', ['helm-chart']),
  tech('istio', 'Istio', 'service-mesh'),
  tech('linkerd', 'Linkerd', 'service-mesh'),
  tech('cilium', 'Cilium', 'service-mesh', ['ebpf', 'hubble']),
  tech('consul', 'Consul', 'service-mesh', ['consul-connect']),
];
