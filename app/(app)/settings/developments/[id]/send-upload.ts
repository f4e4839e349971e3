export type UploadOutcome = { ok: true; body: unknown } | { ok: false; reason: "aborted" | "network" } | { ok: false; reason: "refused"; message: string };

// XMLHttpRequest, not fetch: only it reports upload progress.
export function sendUpload(url: string, form: FormData, onProgress: (fraction: number) => void) {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve({ ok: true, body });
      const message = typeof body === "object" && body !== null && "error" in body && typeof body.error === "string" ? body.error : `HTTP ${xhr.status}`;
      resolve({ ok: false, reason: "refused", message });
    };
    xhr.onerror = () => resolve({ ok: false, reason: "network" });
    xhr.onabort = () => resolve({ ok: false, reason: "aborted" });
  });
  xhr.open("POST", url);
  xhr.send(form);
  return { done, abort: () => xhr.abort() };
}
