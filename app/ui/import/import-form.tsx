'use client';

import { type FormEvent, useState } from 'react';
import type { ImportReport } from '@/app/lib/import/run-import';
import { ImportReportView } from './import-report-view';

type Stage =
  | { name: 'idle' }
  | { name: 'uploading'; progress: number }
  | { name: 'saving' }
  | { name: 'done'; report: ImportReport; fileName: string }
  | { name: 'failed'; message: string };

/** Reads the server's progress lines as they arrive, then its report. */
async function upload(form: HTMLFormElement, onProgress: (fraction: number) => void, onSaving: () => void): Promise<ImportReport> {
  const response = await fetch('/api/import', { method: 'POST', body: new FormData(form) });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `The server answered ${response.status}.`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as { progress?: number; saving?: boolean; report?: ImportReport; error?: string };
      if (message.error) throw new Error(message.error);
      if (message.report) return message.report;
      if (message.saving) onSaving();
      if (message.progress !== undefined) onProgress(message.progress);
    }
  }
  throw new Error('The server stopped before it finished; nothing may have been imported. Try again.');
}

export function ImportForm() {
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return setStage({ name: 'failed', message: 'Choose a CSV file first.' });
    setStage({ name: 'uploading', progress: 0 });
    try {
      const report = await upload(
        form,
        (progress) => setStage({ name: 'uploading', progress }),
        () => setStage({ name: 'saving' }),
      );
      setStage({ name: 'done', report, fileName: file.name });
    } catch (error) {
      setStage({ name: 'failed', message: (error as Error).message });
    }
  };
  return (
    <>
      <form onSubmit={submit} className="panel" encType="multipart/form-data">
        <div className="field">
          <label htmlFor="file">CSV file</label>
          <input id="file" name="file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" aria-describedby="file-hint" />
          <p id="file-hint" className="hint">
            A UN Comtrade download (Comtrade+ or classic, CSV or the bulk .txt) or a Tradewatch CSV export.
          </p>
        </div>
        <div className="actions">
          <button type="submit" disabled={stage.name === 'uploading' || stage.name === 'saving'}>
            Import
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {stage.name === 'uploading' && (
          <p>
            <label htmlFor="import-progress">Reading the file: {Math.round(stage.progress * 100)}%</label>{' '}
            <progress id="import-progress" max={1} value={stage.progress} />
          </p>
        )}
        {stage.name === 'saving' && <p>Every row passed; saving them…</p>}
        {stage.name === 'failed' && (
          <p className="notice error" role="alert">
            {stage.message}
          </p>
        )}
      </div>
      {stage.name === 'done' && <ImportReportView report={stage.report} fileName={stage.fileName} />}
    </>
  );
}
