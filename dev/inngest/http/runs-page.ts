import type { FunctionDef } from "../registration";
import type { Run } from "../store/runs";

const statusLabels: Record<Run["status"], string> = {
  RUNNING: "Em execução",
  COMPLETED: "Concluída",
  FAILED: "Falhou",
  CANCELLED: "Cancelada",
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

const time = (ms: number | null) => (ms === null ? "—" : new Date(ms).toISOString().replace("T", " ").slice(0, 19));

/** A plain page for people: recent runs and registered functions; details are JSON at /v0/runs/:id. */
export function renderRunsPage(runs: Run[], functions: FunctionDef[], now: number): string {
  const runRows = runs
    .map(
      (run) => `<tr>
  <td><a href="/v0/runs/${encodeURIComponent(run.id)}">${escapeHtml(run.id.slice(0, 8))}</a></td>
  <td>${escapeHtml(run.fnId)}</td>
  <td>${escapeHtml(run.event.name)}</td>
  <td class="${run.status.toLowerCase()}">${statusLabels[run.status]}</td>
  <td>${time(run.startedAt)}</td>
  <td>${time(run.endedAt)}</td>
</tr>`,
    )
    .join("\n");
  const functionRows = functions
    .map((fn) => {
      const triggers = fn.triggers.map((t) => ("cron" in t ? `cron ${t.cron}` : t.event)).join(", ");
      return `<tr><td>${escapeHtml(fn.id)}</td><td>${escapeHtml(triggers)}</td><td>${fn.retries}</td></tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="5">
<title>Executor Inngest local</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
  table { border-collapse: collapse; margin-bottom: 2rem; }
  th, td { border-bottom: 1px solid #ddd; padding: .3rem .8rem; text-align: left; font-size: .9rem; }
  .failed { color: #b00020; } .completed { color: #1b7f3b; } .cancelled { color: #777; }
</style>
</head>
<body>
<h1>Executor Inngest local</h1>
<p>Substituto de desenvolvimento do Inngest (não usar em produção). Horário do executor: ${time(now)} UTC.</p>
<h2>Execuções recentes</h2>
<table>
<thead><tr><th>Execução</th><th>Função</th><th>Evento</th><th>Situação</th><th>Início</th><th>Fim</th></tr></thead>
<tbody>
${runRows || '<tr><td colspan="6">Nenhuma execução ainda.</td></tr>'}
</tbody>
</table>
<h2>Funções registradas</h2>
<table>
<thead><tr><th>Função</th><th>Gatilhos</th><th>Novas tentativas</th></tr></thead>
<tbody>
${functionRows || '<tr><td colspan="3">Nenhuma função registrada. Sincronize o app com POST /v0/sync.</td></tr>'}
</tbody>
</table>
</body>
</html>`;
}
