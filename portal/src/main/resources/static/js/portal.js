// The portal's own script, small on purpose: htmx does the requests; this only drives the "as of" slider and
// sends the CSRF token with htmx requests. Everything still works without it (the slider's form has a button).
document.addEventListener('DOMContentLoaded', () => {
  const csrf = document.querySelector('meta[name="csrf-token"]');
  if (csrf) {
    document.body.addEventListener('htmx:configRequest', (event) => {
      event.detail.headers[document.querySelector('meta[name="csrf-header"]').content] = csrf.content;
    });
  }
  document.querySelectorAll('form.asof').forEach((form) => {
    const slider = form.querySelector('input[type=range]');
    const field = form.querySelector('input[name=asOf]');
    const exact = form.querySelector('input[name=momen]');
    const label = form.querySelector('output');
    if (!slider) {
      return;
    }
    const moments = Array.from(form.querySelectorAll('datalist option'));
    const show = () => {
      const moment = moments[Number(slider.value)];
      if (moment) {
        field.value = moment.dataset.waktu;
        exact.value = moment.dataset.tepat;
        label.textContent = moment.dataset.label;
        slider.setAttribute('aria-valuetext', moment.dataset.label);
      }
    };
    let pointer = false;
    slider.addEventListener('pointerdown', () => { pointer = true; });
    slider.addEventListener('input', show);
    slider.addEventListener('change', () => { if (pointer) { pointer = false; form.requestSubmit(); } });
    slider.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); form.requestSubmit(); } });
  });
});
