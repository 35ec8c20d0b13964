/** What an edge carries: request flow (->), data access (-->), telemetry (..>). */
export type EdgeKind = 'request' | 'data' | 'telemetry';
export const EDGE_KINDS: readonly EdgeKind[] = ['request', 'data', 'telemetry'];
