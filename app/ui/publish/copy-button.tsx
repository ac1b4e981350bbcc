'use client';

import { useState } from 'react';

/**
 * Copies `text` to the clipboard and says so. Where the clipboard is refused
 * (an insecure origin, a browser that asks first) it selects the text shown in
 * the element `showingId` instead and says how to copy it by hand.
 */
export function CopyButton({ text, label, showingId }: { text: string; label: string; showingId: string }) {
  const [status, setStatus] = useState('');
  const selectShown = () => {
    const shown = document.getElementById(showingId);
    if (shown instanceof HTMLInputElement || shown instanceof HTMLTextAreaElement) {
      shown.focus();
      shown.select();
    } else if (shown) window.getSelection()?.selectAllChildren(shown);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied.');
    } catch {
      selectShown();
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="secondary" onClick={copy}>
        {label}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
