/** Something that can say whether it is connected right now (a running chat adapter). */
export interface Connectable {
  name: string;
  ready(): boolean;
}

export interface ReadinessReport {
  ready: boolean;
  /** What is not ready: "knowledge", a platform name ("slack", "discord"), or "shutting down". */
  waitingFor: string[];
}

/**
 * Ready = the knowledge is loaded and every configured platform's adapter is connected.
 * main.ts fills it in as the process starts, and marks it stopping at shutdown so a load balancer
 * stops sending work before the adapters disconnect.
 */
export interface Readiness {
  knowledgeLoaded(): void;
  adapterStarted(adapter: Connectable): void;
  stopping(): void;
  report(): ReadinessReport;
}

export function createReadiness(platforms: string[]): Readiness {
  let knowledge = false;
  let stopping = false;
  const adapters = new Map<string, Connectable>();
  return {
    knowledgeLoaded() {
      knowledge = true;
    },
    adapterStarted(adapter) {
      adapters.set(adapter.name, adapter);
    },
    stopping() {
      stopping = true;
    },
    report() {
      const waitingFor: string[] = [];
      if (stopping) waitingFor.push("shutting down");
      if (!knowledge) waitingFor.push("knowledge");
      for (const name of platforms) if (!adapters.get(name)?.ready()) waitingFor.push(name);
      return { ready: waitingFor.length === 0, waitingFor };
    },
  };
}
