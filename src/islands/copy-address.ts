/**
 * `<copy-address>`: a "Kopieer" button next to an address that is plain, selectable text.
 * Without JavaScript the button stays `hidden` and the reader selects the text; with it, the
 * button copies the address and says so, visibly and in a live region for screen readers.
 *
 * Markup: <copy-address><code data-address>…</code> <button hidden data-copy>…</button>
 * <span role="status" data-status></span></copy-address>
 */
const RESET_AFTER_MS = 4000;

class CopyAddress extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const address = this.querySelector<HTMLElement>('[data-address]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!button || !address || !status) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.#copy(address, status));
  }

  async #copy(address: HTMLElement, status: HTMLElement): Promise<void> {
    const text = address.textContent?.trim() ?? '';
    let message = 'Gekopieerd. Plak het adres in uw feedlezer of in Outlook.';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard access (an older browser, a policy): select the text so Ctrl+C works.
      const range = document.createRange();
      range.selectNodeContents(address);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      message =
        'Kopiëren lukte niet. Het adres is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac).';
    }
    // Clear first so that copying twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => (status.textContent = ''), RESET_AFTER_MS);
  }
}

if (!customElements.get('copy-address')) customElements.define('copy-address', CopyAddress);
