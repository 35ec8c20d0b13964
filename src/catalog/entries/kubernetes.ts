import { tech, type Tech } from '../types.js';

/** Kubernetes resources, captioned the way the old diagrams did ("k8s Ingress"). */
export const KUBERNETES: Tech[] = [
  tech('k8s-ingress', 'k8s Ingress', 'kubernetes', ['ingress', 'ingress-controller']),
  tech('k8s-service', 'k8s Service', 'kubernetes', ['k8s-svc', 'svc']),
  tech('k8s-pod', 'k8s Pod', 'kubernetes', ['pod', 'pods']),
  tech('k8s-deployment', 'k8s Deployment', 'kubernetes', ['deployment', 'deploy']),
  tech('k8s-replicaset', 'k8s ReplicaSet', 'kubernetes', ['replicaset']),
  tech('k8s-statefulset', 'k8s StatefulSet', 'kubernetes', ['statefulset', 'sts']),
  tech('k8s-daemonset', 'k8s DaemonSet', 'kubernetes', ['daemonset', 'ds']),
  tech('k8s-job', 'k8s Job', 'kubernetes', ['job']),
  tech('k8s-cronjob', 'k8s CronJob', 'kubernetes', ['cronjob']),
  tech('k8s-node', 'k8s Node', 'kubernetes', ['kubelet']),
  tech('k8s-namespace', 'k8s Namespace', 'kubernetes', ['namespace', 'ns']),
  tech('k8s-configmap', 'k8s ConfigMap', 'kubernetes', ['configmap']),
  tech('k8s-secret', 'k8s Secret', 'kubernetes'),
  tech('k8s-volume', 'k8s Volume', 'kubernetes', ['pv', 'pvc', 'persistent-volume']),
  tech('k8s-hpa', 'k8s HPA', 'kubernetes', ['hpa', 'autoscaler']),
];
