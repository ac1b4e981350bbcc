'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { RatesImportReport } from '@/app/lib/data/exchange-rate-writes';
import { RatesReportView } from './rates-report-view';

type Stage =
  | { name: 'idle' }
  | { name: 'uploading'; progress: number }
  | { name: 'saving' }
  | { name: 'done'; report: RatesImportReport; fileName: string }
  | { name: 'failed'; message: string };

/** Sends the file to POST /api/rates and reads its progress lines as they arrive, then its report. */
async function upload(form: HTMLFormElement, onProgress: (fraction: number) => void, onSaving: () => void): Promise<RatesImportReport> {
  const response = await fetch('/api/rates', { method: 'POST', body: new FormData(form) });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `The server answered ${response.status}; nothing was imported.`);
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
      const message = JSON.parse(line) as { progress?: number; saving?: boolean; report?: RatesImportReport; error?: string };
      if (message.error) throw new Error(message.error);
      if (message.report) return message.report;
      if (message.saving) onSaving();
      if (message.progress !== undefined) onProgress(message.progress);
    }
  }
  throw new Error('The server stopped before it finished; import the file again (the same file twice changes nothing).');
}

/** The editors' upload of a rates file, in either layout; the page's tables are read again once it is imported. */
export function RatesUploadForm() {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return setStage({ name: 'failed', message: 'Choose a rates file first: a World Bank WDI download or a plain CSV.' });
    setStage({ name: 'uploading', progress: 0 });
    try {
      const report = await upload(
        form,
        (progress) => setStage({ name: 'uploading', progress }),
        () => setStage({ name: 'saving' }),
      );
      setStage({ name: 'done', report, fileName: file.name });
      if (report.errors.length === 0) router.refresh();
    } catch (error) {
      setStage({ name: 'failed', message: (error as Error).message });
    }
  };
  const busy = stage.name === 'uploading' || stage.name === 'saving';
  return (
    <>
      <form onSubmit={submit} className="panel" encType="multipart/form-data" aria-labelledby="rates-upload-heading">
        <div className="field">
          <label htmlFor="rates-file">Rates file</label>
          <input id="rates-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="rates-file-hint" />
          <div id="rates-file-hint" className="hint">
            <p>
              Either the World Bank&apos;s download of PA.NUS.FCRF as it comes (
              <a href="https://api.worldbank.org/v2/en/indicator/PA.NUS.FCRF?downloadformat=csv">the zip</a> holds it as{' '}
              <code>API_PA.NUS.FCRF_DS2_en_csv_v2_….csv</code>), whose rows are economies, each mapped to its currency; or a plain CSV with
              the columns <code>currency,year,units_per_usd,source</code>, and optionally <code>month</code> (1–12, empty for the year&apos;s
              average) and <code>licence</code>.
            </p>
            <p>
              All or nothing: one bad row and nothing is imported, with each problem listed by line and column. A rate for a currency and
              period already in the table is replaced. Figures kept without a dollar value are priced once their period has a rate.
            </p>
          </div>
        </div>
        <div className="actions">
          <button type="submit" disabled={busy}>
            Import rates
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {stage.name === 'uploading' && (
          <p>
            <label htmlFor="rates-progress">Reading the file: {Math.round(stage.progress * 100)}%</label>{' '}
            <progress id="rates-progress" max={1} value={stage.progress} />
          </p>
        )}
        {stage.name === 'saving' && <p>Every row passed; saving the rates…</p>}
        {stage.name === 'failed' && (
          <p className="notice error" role="alert">
            {stage.message}
          </p>
        )}
      </div>
      {stage.name === 'done' && <RatesReportView report={stage.report} fileName={stage.fileName} />}
    </>
  );
}
