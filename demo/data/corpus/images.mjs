/**
 * Flat SVG illustrations for the demo corpus: a sky, hills or a wall in the
 * section's palette, and a motif drawn from simple shapes. Every file states
 * its width and height, so pages can reserve the space before it loads.
 */

const W = 1200;
const H = 675;

const PALETTES = {
  heritage: {sky1: '#f7dcb4', sky2: '#eeb38a', far: '#c9a27e', near: '#8c6a4f', water: '#7fa7b5', ink: '#4a3728', accent: '#d9603b', light: '#fbefdc'},
  figures: {sky1: '#e3ecf5', sky2: '#a9c1dc', far: '#8aa2bd', near: '#56708f', water: '#6f97b8', ink: '#26374d', accent: '#e2a33b', light: '#f4f7fb'},
  business: {sky1: '#e6eef4', sky2: '#bccfdf', far: '#9db3c6', near: '#5f7a92', water: '#4f7ea6', ink: '#233446', accent: '#e0513a', light: '#f7fafc'},
  'current-events': {sky1: '#9aaab9', sky2: '#5d6e80', far: '#4c5d6e', near: '#38475a', water: '#6d8aa3', ink: '#1d2733', accent: '#f2c14e', light: '#dfe6ec'},
  politics: {sky1: '#f3ecdf', sky2: '#dccbb0', far: '#bfa88a', near: '#8f7a60', water: '#88a6b0', ink: '#3b3024', accent: '#2f5d8a', light: '#fbf7f0'},
  local: {sky1: '#e8f4df', sky2: '#bcdcaa', far: '#8fbf7f', near: '#5b8f4e', water: '#72a8bf', ink: '#2d4526', accent: '#e07a3f', light: '#f6fbf2'},
  products: {sky1: '#f6e9f2', sky2: '#e2c2d8', far: '#c79fbb', near: '#8e6482', water: '#7e9fc4', ink: '#3f2a3b', accent: '#2a9d8f', light: '#fcf6fa'},
};
const NIGHT = {sky1: '#1d2a44', sky2: '#3b4a6b'};

const svg = (body, w = W, h = H) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>\n`;

const sky = (p, {night = false, h = H} = {}) => {
  const [a, b] = night ? [NIGHT.sky1, NIGHT.sky2] : [p.sky1, p.sky2];
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="${W}" height="${h}" fill="url(#sky)"/>`;
};

const sun = (x, y, r, color) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`;

/** A wavy horizon: `seed` picks the shape, `amp` its height. */
function hills(color, y, amp, seed = 1, h = H) {
  let d = `M0 ${h} L0 ${y}`;
  for (let x = 0; x < W; x += 200) {
    const k = Math.sin(seed * 12.9898 + x * 0.0137) * 43758.5453;
    const dy = Math.round(((k - Math.floor(k)) - 0.5) * 2 * amp);
    d += ` Q${x + 100} ${y + dy - amp} ${x + 200} ${y + Math.round(dy / 3)}`;
  }
  return `<path d="${d} L${W} ${h} Z" fill="${color}"/>`;
}

const water = (p, y, h = H) =>
  `<rect y="${y}" width="${W}" height="${h - y}" fill="${p.water}"/>` +
  [0.25, 0.5, 0.75]
    .map((f, i) => `<rect x="${120 + i * 330}" y="${Math.round(y + (h - y) * f)}" width="${220 - i * 40}" height="6" rx="3" fill="#ffffff" opacity="0.35"/>`)
    .join('');

const ground = (color, y) => `<rect y="${y}" width="${W}" height="${H - y}" fill="${color}"/>`;

const stars = () =>
  Array.from({length: 28}, (_, i) => `<circle cx="${(i * 197) % W}" cy="${(i * 89) % 260 + 20}" r="${i % 3 ? 2 : 3}" fill="#fff" opacity="0.7"/>`).join('');

const person = (x, y, s, body, head = '#e8c4a0') =>
  `<circle cx="${x}" cy="${y}" r="${22 * s}" fill="${head}"/><path d="M${x - 40 * s} ${y + 110 * s} Q${x - 40 * s} ${y + 28 * s} ${x} ${y + 28 * s} Q${x + 40 * s} ${y + 28 * s} ${x + 40 * s} ${y + 110 * s} Z" fill="${body}"/>`;

const tree = (x, y, s, trunk, crown) =>
  `<rect x="${x - 6 * s}" y="${y - 60 * s}" width="${12 * s}" height="${60 * s}" fill="${trunk}"/><circle cx="${x}" cy="${y - 80 * s}" r="${40 * s}" fill="${crown}"/>`;

const poplar = (x, y, s, color) => `<ellipse cx="${x}" cy="${y - 110 * s}" rx="${28 * s}" ry="${110 * s}" fill="${color}"/>`;

const range = (n, f) => Array.from({length: n}, (_, i) => f(i)).join('');

/** Motifs by image name; each returns the body of a 1200×675 picture unless it says otherwise. */
const MOTIFS = {
  'bridge': (p) =>
    sky(p) + sun(880, 170, 70, '#fff3d6') + hills(p.far, 330, 40, 3) + water(p, 430) +
    `<path d="M80 360 H1120 V470 H80 Z" fill="#d8c3a2"/>` +
    [260, 600, 940].map((cx) => `<path d="M${cx - 130} 470 V440 A130 110 0 0 1 ${cx + 130} 440 V470 Z" fill="${p.water}"/>`).join('') +
    `<rect x="80" y="340" width="1040" height="22" fill="#c4ad8a"/>` +
    range(13, (i) => `<rect x="${96 + i * 80}" y="318" width="14" height="24" fill="#c4ad8a"/>`) +
    [260, 600, 940].map((cx) => `<path d="M${cx - 130} 520 A130 60 0 0 0 ${cx + 130} 520" fill="none" stroke="#d8c3a2" stroke-width="10" opacity="0.45"/>`).join(''),

  'stonework': (p) =>
    `<rect width="1200" height="800" fill="${p.light}"/><rect y="560" width="1200" height="240" fill="${p.far}"/>` +
    range(6, (i) => `<rect x="${i * 200}" y="0" width="196" height="120" fill="${p.sky1}" opacity="0.6"/>`) +
    `<path d="M380 420 L640 320 L900 420 L640 520 Z" fill="#eadbc1"/><path d="M380 420 L640 520 V720 L380 620 Z" fill="#cdb894"/><path d="M900 420 L640 520 V720 L900 620 Z" fill="#b59e79"/>` +
    `<path d="M470 430 L640 366 L740 404" fill="none" stroke="#b59e79" stroke-width="6"/>` +
    `<g transform="rotate(-28 840 260)"><rect x="800" y="120" width="26" height="200" rx="6" fill="#6b6f76"/><rect x="790" y="300" width="46" height="24" rx="4" fill="${p.ink}"/></g>` +
    `<g transform="rotate(24 980 220)"><rect x="960" y="180" width="30" height="220" rx="12" fill="${p.near}"/><rect x="900" y="120" width="150" height="80" rx="16" fill="${p.ink}"/></g>` +
    range(9, (i) => `<circle cx="${560 + i * 37}" cy="${330 - (i % 3) * 18}" r="${5 + (i % 3) * 2}" fill="#eadbc1"/>`),

  'flood': (p) =>
    sky(p) + hills(p.far, 360, 30, 5) +
    `<defs><pattern id="rain" width="40" height="60" patternUnits="userSpaceOnUse"><path d="M30 0 L10 60" stroke="#dfe6ec" stroke-width="3" opacity="0.6"/></pattern></defs>` +
    range(5, (i) => tree(160 + i * 220, 470, 1.6, '#5b4a3a', i % 2 ? '#4d6b4a' : '#597a52')) +
    water(p, 440) + `<rect width="1200" height="675" fill="url(#rain)"/>` +
    `<rect x="930" y="380" width="12" height="110" fill="#7b8794"/><rect x="890" y="330" width="92" height="60" rx="6" fill="${p.accent}"/><path d="M936 345 L956 375 H916 Z" fill="${p.ink}"/>`,

  'containers': (p) =>
    sky(p) + hills(p.far, 400, 20, 7) + ground('#9aa5ae', 450) + water(p, 560) +
    range(4, (col) =>
      range(3 - (col % 2), (row) => {
        const colors = ['#e0513a', '#2f6f9f', '#e2a33b', '#3d8c6e', '#8a5a9e'];
        return `<rect x="${140 + col * 190}" y="${400 - row * 70}" width="180" height="64" fill="${colors[(col + row) % 5]}"/>` +
          range(8, (k) => `<rect x="${152 + col * 190 + k * 21}" y="${408 - row * 70}" width="6" height="48" fill="#000" opacity="0.12"/>`);
      })) +
    [960, 1090].map((x) => `<path d="M${x} 450 V120 M${x - 40} 450 L${x} 160 L${x + 40} 450 M${x - 150} 130 H${x + 60}" stroke="${p.ink}" stroke-width="12" fill="none"/><rect x="${x - 140}" y="130" width="12" height="120" fill="${p.ink}"/>`).join(''),

  'chamber': (p) =>
    `<rect width="1200" height="675" fill="#7a5536"/>` + range(12, (i) => `<rect x="${i * 100 + 6}" y="20" width="88" height="300" rx="4" fill="#8c6442"/>`) +
    `<path d="M0 420 Q600 300 1200 420 V675 H0 Z" fill="#5e3f27"/>` +
    range(9, (i) => person(110 + i * 125, 420 - Math.round(Math.sin((i / 8) * Math.PI) * 70), 1, i % 2 ? p.accent : '#40566b')) +
    [1, 3, 4, 6, 8].map((i) => {
      const x = 110 + i * 125 + 34;
      const y = 420 - Math.round(Math.sin((i / 8) * Math.PI) * 70);
      return `<rect x="${x}" y="${y - 70}" width="16" height="90" rx="8" fill="#e8c4a0"/>`;
    }).join('') +
    `<path d="M0 560 Q600 450 1200 560 V675 H0 Z" fill="#4a3220"/>`,

  'piano': (p) =>
    `<defs><radialGradient id="spot" cx="0.5" cy="0.35" r="0.6"><stop offset="0" stop-color="#5a6b86"/><stop offset="1" stop-color="#141b28"/></radialGradient></defs><rect width="1200" height="675" fill="url(#spot)"/>` +
    `<ellipse cx="600" cy="590" rx="460" ry="50" fill="#000" opacity="0.35"/>` +
    `<path d="M300 380 H760 Q980 380 1000 300 Q1020 230 900 230 Q820 230 800 300 Q790 330 720 330 H300 Z" fill="#0b0d12"/>` +
    `<rect x="300" y="380" width="460" height="36" fill="#0b0d12"/>` +
    range(23, (i) => `<rect x="${306 + i * 19.5}" y="386" width="17" height="24" fill="#f4f1ea"/>`) +
    range(22, (i) => ([2, 6, 9, 13, 16, 20].includes(i) ? '' : `<rect x="${319 + i * 19.5}" y="386" width="10" height="14" fill="#0b0d12"/>`)) +
    `<rect x="330" y="416" width="16" height="160" fill="#0b0d12"/><rect x="730" y="416" width="16" height="160" fill="#0b0d12"/><rect x="960" y="300" width="16" height="270" fill="#0b0d12"/>` +
    person(250, 330, 1.3, p.accent, '#e9d3c0') + `<path d="M215 300 Q250 250 290 300" fill="#d9d9d9"/>`,

  'stalls': (p) =>
    sky(p) + sun(200, 140, 60, '#fff8e0') + hills(p.far, 330, 25, 9) + water(p, 400) + ground('#c7b8a0', 470) +
    `<defs><pattern id="stripe" width="60" height="10" patternUnits="userSpaceOnUse"><rect width="30" height="10" fill="${p.accent}"/><rect x="30" width="30" height="10" fill="#fff"/></pattern></defs>` +
    range(4, (i) => {
      const x = 60 + i * 285;
      return `<rect x="${x + 10}" y="400" width="8" height="150" fill="${p.ink}"/><rect x="${x + 232}" y="400" width="8" height="150" fill="${p.ink}"/>` +
        `<path d="M${x} 400 L${x + 30} 330 H${x + 220} L${x + 250} 400 Z" fill="url(#stripe)"/><rect x="${x + 10}" y="490" width="230" height="20" fill="#8c6a4f"/>` +
        range(5, (k) => `<circle cx="${x + 40 + k * 42}" cy="478" r="16" fill="${['#e4572e', '#f3a712', '#76b041', '#a23b72', '#e4572e'][k]}"/>`);
    }),

  'train': (p) =>
    sky(p, {night: true}) + stars() + hills('#2b3856', 380, 25, 4) + ground('#56606e', 500) +
    `<rect x="0" y="480" width="1200" height="24" fill="#9aa4b1"/>` +
    `<path d="M40 300 H1080 Q1160 300 1170 380 L1180 470 H40 Z" fill="#2f5d8a"/><rect x="40" y="430" width="1140" height="14" fill="${p.accent}"/>` +
    range(9, (i) => `<rect x="${70 + i * 112}" y="330" width="80" height="64" rx="8" fill="#ffd97a"/>`) +
    range(6, (i) => `<circle cx="${120 + i * 190}" cy="478" r="22" fill="#1d2733"/>`) +
    [200, 600, 1000].map((x) => `<rect x="${x}" y="150" width="8" height="150" fill="#9aa4b1"/><circle cx="${x + 4}" cy="148" r="14" fill="#fff3c4"/>`).join(''),

  'hall': (p) =>
    `<rect width="1200" height="675" fill="#cfdbe3"/>` +
    range(8, (i) => `<rect x="${i * 150}" y="0" width="146" height="420" fill="#e8f0f5"/>`) +
    `<path d="M100 675 V300 A500 260 0 0 1 1100 300 V675" fill="none" stroke="#31465a" stroke-width="22"/>` +
    range(9, (i) => {
      const a = Math.PI - (i / 8) * Math.PI;
      return `<line x1="600" y1="560" x2="${Math.round(600 + Math.cos(a) * 500)}" y2="${Math.round(300 - Math.sin(a) * 260)}" stroke="#31465a" stroke-width="8"/>`;
    }) +
    `<path d="M250 675 V380 A350 170 0 0 1 950 380 V675" fill="none" stroke="#31465a" stroke-width="12"/>` +
    ground('#b08a5e', 560) + `<ellipse cx="600" cy="570" rx="120" ry="26" fill="#9a948a"/><rect x="585" y="480" width="30" height="90" fill="#9a948a"/>` +
    range(6, (i) => `<rect x="${60 + i * 200}" y="590" width="140" height="40" fill="${[p.accent, '#5b8f4e', '#e2a33b'][i % 3]}"/>`),

  'fields': (p) =>
    sky(p) + sun(960, 120, 55, '#fffbe8') + hills(p.far, 260, 30, 2) + hills(p.near, 300, 20, 6) +
    range(7, (i) => {
      const y = 320 + i * 52;
      return `<rect y="${y}" width="1200" height="44" fill="${i % 2 ? '#8fc98b' : '#a5d59a'}"/><rect y="${y + 36}" width="1200" height="8" fill="${p.water}" opacity="0.9"/>` +
        range(24, (k) => `<path d="M${k * 50 + (i % 2) * 25 + 10} ${y + 34} l6 -22 l6 22" fill="none" stroke="#4e8a46" stroke-width="3"/>`);
    }),

  'cycle-path': (p) =>
    sky(p) + sun(1000, 130, 50, '#fffbe8') + hills(p.far, 330, 25, 8) +
    `<path d="M0 380 H1200 V675 H0 Z" fill="#8fbf7f"/><path d="M700 380 H1200 V675 H900 Q820 520 700 380 Z" fill="${p.water}"/>` +
    `<path d="M0 640 Q420 560 560 470 Q640 420 690 380 H720 Q660 440 600 500 Q470 620 260 675 H0 Z" fill="#d9c9a8"/>` +
    range(6, (i) => poplar(120 + i * 110, 380 + i * 4, 0.9 + (i % 2) * 0.2, i % 2 ? '#4f8744' : '#5e9a50')) +
    `<g fill="none" stroke="${p.ink}" stroke-width="9"><circle cx="330" cy="560" r="48"/><circle cx="470" cy="560" r="48"/><path d="M330 560 L380 490 H450 L470 560 M380 490 L405 560 L450 490 M372 474 H400 M450 490 L446 466 H470"/></g>` +
    person(410, 380, 0.9, p.accent),

  'embankment': (p) =>
    sky(p) + hills(p.far, 300, 30, 10) + `<rect y="360" width="1200" height="315" fill="#7d8f94"/>` +
    range(4, (i) => `<rect x="${80 + i * 290}" y="${400 + (i % 2) * 40}" width="${200 - i * 20}" height="6" rx="3" fill="#fff" opacity="0.3"/>`) +
    `<path d="M520 675 L700 420 H1200 V675 Z" fill="#6fa35a"/><path d="M700 420 H1200 V450 H690 Z" fill="#5b8f4e"/>` +
    range(7, (i) => `<rect x="${760 + i * 60}" y="370" width="8" height="56" fill="${p.ink}"/>`) + `<rect x="760" y="384" width="368" height="6" fill="${p.ink}"/>`,

  'ferry': (p) =>
    sky(p) + hills(p.far, 330, 20, 11) + `<rect x="980" y="220" width="36" height="120" fill="${p.near}"/><path d="M970 222 L998 170 L1026 222 Z" fill="${p.near}"/>` +
    water(p, 380) +
    `<path d="M260 470 H860 L820 520 H300 Z" fill="${p.ink}"/><rect x="300" y="440" width="520" height="30" fill="#e8edf2"/>` +
    `<rect x="520" y="360" width="120" height="80" fill="#f4f7fb"/><rect x="534" y="374" width="40" height="30" fill="${p.water}"/><rect x="586" y="374" width="40" height="30" fill="${p.water}"/>` +
    `<rect x="340" y="410" width="110" height="34" rx="10" fill="${p.accent}"/><rect x="680" y="410" width="110" height="34" rx="10" fill="#5b8f4e"/>` +
    range(3, (i) => `<rect x="-50" y="${300 + i * 90}" width="1300" height="40" fill="#ffffff" opacity="0.28"/>`),

  'pylon': (p) =>
    sky(p, {night: true}) + stars() + hills('#26324a', 420, 25, 12) + ground('#1f2a3b', 520) +
    `<g stroke="#aab4c3" stroke-width="6" fill="none"><path d="M520 520 L600 100 L680 520 M545 400 H655 M560 300 H640 M575 200 H625 M545 400 L640 300 M655 400 L560 300 M560 300 L625 200 M640 300 L575 200 M480 170 H720 M500 240 H700"/></g>` +
    `<path d="M0 200 Q240 260 480 170 M720 170 Q960 260 1200 200 M0 260 Q250 320 500 240 M700 240 Q950 320 1200 260" stroke="#8894a6" stroke-width="3" fill="none"/>` +
    `<path d="M800 520 V470 H960 V520 Z" fill="${p.accent}"/><path d="M880 470 L760 300" stroke="#d7dde5" stroke-width="14"/><rect x="720" y="270" width="70" height="40" fill="#d7dde5"/>` +
    `<path d="M980 470 L700 230 L760 200 Z" fill="#fff6c9" opacity="0.35"/>` + `<circle cx="980" cy="470" r="16" fill="#fff6c9"/>`,

  'app': (p) =>
    `<rect width="1200" height="675" fill="${p.sky1}"/>` + range(10, (i) => `<circle cx="${i * 140 + 40}" cy="${(i * 97) % 600 + 40}" r="${30 + (i % 3) * 20}" fill="${p.sky2}" opacity="0.6"/>`) +
    `<rect x="440" y="40" width="320" height="600" rx="44" fill="${p.ink}"/><rect x="462" y="90" width="276" height="500" rx="10" fill="#eef3ea"/>` +
    `<path d="M462 200 Q560 260 600 340 Q640 430 738 470 V520 Q620 480 580 380 Q540 290 462 250 Z" fill="#6fa8dc"/>` +
    range(5, (i) => `<rect x="${480 + (i % 3) * 90}" y="${110 + i * 90}" width="70" height="40" fill="#d6dfd0"/>`) +
    [[560, 300], [640, 440], [500, 230]].map(([x, y]) => `<path d="M${x} ${y - 26} L${x + 26} ${y + 18} H${x - 26} Z" fill="${p.accent}"/><rect x="${x - 3}" y="${y - 12}" width="6" height="16" fill="#fff"/>`).join('') +
    `<rect x="560" y="60" width="80" height="10" rx="5" fill="#555"/>`,

  'plates': () =>
    `<rect width="1200" height="675" fill="#3a2f35"/><rect x="120" y="90" width="960" height="500" rx="16" fill="#fdf7e6"/>` +
    range(8, (i) => {
      const x = 170 + (i % 4) * 225;
      const y = 130 + Math.floor(i / 4) * 230;
      return `<rect x="${x}" y="${y}" width="190" height="200" fill="#b79d7a" opacity="0.55"/><rect x="${x + 12}" y="${y + 12}" width="166" height="176" fill="#d8c6a6"/>` +
        `<path d="M${x + 12} ${y + 140} Q${x + 60} ${y + 100 + (i % 3) * 10} ${x + 100} ${y + 130} T${x + 178} ${y + 120} V${y + 188} H${x + 12} Z" fill="#8a7055"/>` +
        (i % 2 ? `<circle cx="${x + 130}" cy="${y + 60}" r="18" fill="#f3ead7"/>` : `<rect x="${x + 70}" y="${y + 50}" width="40" height="80" fill="#6d5844"/>`);
    }),

  'linen': (p) =>
    `<rect width="1200" height="675" fill="${p.light}"/><rect y="520" width="1200" height="155" fill="#c9b79c"/>` +
    `<g stroke="${p.near}" stroke-width="14" fill="none"><path d="M760 520 V120 M1100 520 V120 M740 140 H1120 M760 300 H1100"/></g>` +
    range(22, (i) => `<line x1="${780 + i * 14}" y1="140" x2="${780 + i * 14}" y2="300" stroke="#e9e2d2" stroke-width="3"/>`) +
    [[140, 440], [300, 440], [460, 440], [220, 320], [380, 320], [300, 200]]
      .map(([x, y]) => `<rect x="${x}" y="${y}" width="150" height="110" fill="#e8dcc4"/><ellipse cx="${x + 150}" cy="${y + 55}" rx="28" ry="55" fill="#d9c9aa"/><ellipse cx="${x + 150}" cy="${y + 55}" rx="9" ry="18" fill="#b8a07a"/>`)
      .join(''),

  'library': (p) =>
    `<rect width="1200" height="675" fill="#2e3a4c"/>` +
    range(3, (row) => range(30, (i) => `<rect x="${20 + i * 39}" y="${40 + row * 110}" width="${30 + (i % 3) * 3}" height="${90 - (i % 4) * 8}" fill="${['#b5523b', '#d9a441', '#4f7ea6', '#6a9a5a', '#8a5a9e', '#c9b79c'][(i + row) % 6]}" transform="translate(0 ${(i % 4) * 8})"/>`)) +
    range(3, (row) => `<rect x="0" y="${132 + row * 110}" width="1200" height="14" fill="#5a4332"/>`) +
    `<rect x="0" y="470" width="1200" height="205" fill="#4a3a2c"/><rect x="80" y="470" width="1040" height="40" fill="#7a5a40"/>` +
    [250, 600, 950].map((x) => `<rect x="${x - 4}" y="420" width="8" height="50" fill="#c9b79c"/><path d="M${x - 50} 420 Q${x} 370 ${x + 50} 420 Z" fill="#3d7a4f"/><ellipse cx="${x}" cy="470" rx="120" ry="18" fill="#ffe9a8" opacity="0.35"/>`).join('') +
    range(5, (i) => person(170 + i * 210, 420, 0.8, ['#4f7ea6', p.accent, '#6a9a5a', '#8a5a9e', '#d9a441'][i])),

  'ballot': (p) =>
    `<rect width="1200" height="675" fill="${p.light}"/><rect y="470" width="1200" height="205" fill="#b89b74"/><rect y="470" width="1200" height="18" fill="#9c8160"/>` +
    `<path d="M420 190 H780 V480 H420 Z" fill="#dff0f7" opacity="0.75" stroke="#7aa6bd" stroke-width="6"/><rect x="540" y="180" width="120" height="14" rx="7" fill="${p.ink}"/>` +
    range(7, (i) => `<rect x="${450 + (i % 4) * 75}" y="${380 + Math.floor(i / 4) * 40 - (i % 2) * 10}" width="90" height="60" fill="#f3e7c6" transform="rotate(${(i % 3) * 8 - 8} ${490 + (i % 4) * 75} ${410 + Math.floor(i / 4) * 40})"/>`) +
    `<rect x="850" y="420" width="170" height="110" fill="#f3e7c6"/><path d="M850 420 L935 480 L1020 420" fill="none" stroke="#cdbb92" stroke-width="4"/>` +
    `<rect x="160" y="430" width="140" height="100" fill="${p.accent}" transform="rotate(-6 230 480)"/>`,

  'nurse': (p) =>
    `<rect width="1200" height="675" fill="#e6eef4"/><rect x="0" y="500" width="1200" height="175" fill="#b9c7d3"/>` +
    `<rect x="820" y="120" width="200" height="200" rx="12" fill="#fff"/><rect x="895" y="150" width="50" height="140" fill="${p.accent}"/><rect x="850" y="195" width="140" height="50" fill="${p.accent}"/>` +
    `<rect x="120" y="140" width="240" height="160" fill="#cfe1ec" stroke="#fff" stroke-width="10"/>` +
    `<circle cx="560" cy="260" r="90" fill="#8d5a3b"/><path d="M470 240 Q560 130 650 240 Q640 170 560 160 Q480 170 470 240 Z" fill="#2a1d17"/>` +
    `<path d="M380 675 Q380 400 560 400 Q740 400 740 675 Z" fill="#4f7ea6"/><path d="M510 400 L560 470 L610 400" fill="#e6eef4"/>` +
    `<path d="M500 420 Q470 540 540 560 Q600 570 610 500" fill="none" stroke="#2c3e50" stroke-width="8"/><circle cx="610" cy="495" r="14" fill="#aab4c3"/>`,

  'classroom': (p) =>
    `<rect width="1200" height="675" fill="#f1e9d6"/><rect x="200" y="70" width="800" height="260" fill="#2f4f3f" stroke="#8c6a4f" stroke-width="14"/>` +
    `<path d="M260 130 h140 M260 170 h220 M600 140 q40 -40 80 0 t80 0" stroke="#e8efe6" stroke-width="6" fill="none" opacity="0.8"/>` +
    `<rect y="430" width="1200" height="245" fill="#c8a77e"/>` +
    range(2, (row) => range(4, (i) => {
      const x = 120 + i * 260 + row * 60;
      const y = 420 + row * 110;
      return `<rect x="${x}" y="${y}" width="200" height="22" fill="#e2a33b"/><rect x="${x + 20}" y="${y + 22}" width="10" height="70" fill="#555"/><rect x="${x + 170}" y="${y + 22}" width="10" height="70" fill="#555"/>` +
        `<rect x="${x + 60}" y="${y + 30}" width="80" height="14" fill="${p.accent}"/><rect x="${x + 64}" y="${y - 40}" width="10" height="84" fill="#555"/>`;
    })),

  'lamp': (p) =>
    `<defs><radialGradient id="glow" cx="0.5" cy="0.62" r="0.5"><stop offset="0" stop-color="#ffe8b0"/><stop offset="1" stop-color="${p.sky2}"/></radialGradient></defs><rect width="1200" height="675" fill="url(#glow)"/>` +
    `<line x1="600" y1="0" x2="600" y2="180" stroke="${p.ink}" stroke-width="6"/>` +
    range(9, (i) => `<path d="M${600 - 40 - i * 26} ${190 + i * 22} Q600 ${150 + i * 22} ${600 + 40 + i * 26} ${190 + i * 22}" fill="none" stroke="${i % 2 ? '#b8976a' : '#caa878'}" stroke-width="22" stroke-linecap="round"/>`) +
    `<ellipse cx="600" cy="420" rx="120" ry="26" fill="#fff6d5"/><ellipse cx="600" cy="600" rx="300" ry="30" fill="#000" opacity="0.08"/>`,

  'ropewalk': (p) =>
    `<rect width="1200" height="675" fill="#5a4636"/><path d="M0 0 H1200 L660 300 H540 Z" fill="#3f3126"/><path d="M0 675 H1200 L660 340 H540 Z" fill="#a88b66"/>` +
    `<rect x="540" y="300" width="120" height="40" fill="#f6e3b4"/>` +
    range(7, (i) => {
      const t = i / 7;
      const x1 = Math.round(t * 540);
      const x2 = Math.round(1200 - t * 540);
      const y1 = Math.round(t * 300);
      return `<path d="M${x1} ${y1} H${x2}" stroke="#2e241c" stroke-width="${12 - i}"/><path d="M${x1} ${y1} V${675 - Math.round(t * 335)}" stroke="#2e241c" stroke-width="${14 - i}"/><path d="M${x2} ${y1} V${675 - Math.round(t * 335)}" stroke="#2e241c" stroke-width="${14 - i}"/>`;
    }) +
    range(4, (i) => `<path d="M${380 + i * 150} 675 L${570 + i * 20} 325" stroke="#e0c48e" stroke-width="${8 - i}"/>`) +
    person(420, 440, 1.2, p.accent),

  'meter': (p) =>
    `<rect width="1200" height="675" fill="#e9edf2"/>` + range(7, (r) => range(9, (c) => `<rect x="${c * 140 + (r % 2) * 70 - 70}" y="${r * 100}" width="136" height="96" fill="#f6f8fa"/>`)) +
    `<rect x="400" y="110" width="400" height="460" rx="24" fill="#3c4654"/><rect x="440" y="160" width="320" height="100" rx="8" fill="#cfe8d2"/>` +
    range(5, (i) => `<rect x="${462 + i * 58}" y="180" width="48" height="60" rx="4" fill="#1d2733"/><text x="${486 + i * 58}" y="228" font-family="monospace" font-size="44" fill="#9be3a6" text-anchor="middle">${'03142'[i]}</text>`) +
    `<path d="M620 300 L540 430 H600 L570 530 L680 380 H620 L660 300 Z" fill="${p.accent}"/>`,

  'trees': (p) =>
    sky(p) + sun(180, 120, 55, '#fffbe8') + hills(p.far, 300, 25, 13) + ground('#7a5b3e', 380) +
    range(3, (row) => range(8, (i) => tree(90 + i * 150 + row * 60, 440 + row * 90, 0.8 + row * 0.25, '#5a4330', ['#6fae5e', '#5b9a4e', '#86c06f'][(i + row) % 3]))) +
    person(980, 470, 1.1, p.accent) + `<path d="M1030 480 L1090 620" stroke="${p.ink}" stroke-width="8"/><path d="M1080 600 l30 40 l-30 10 z" fill="#9aa5ae"/>`,

  'docks': (p) =>
    sky(p) + hills(p.far, 320, 20, 14) + water(p, 470) + ground('#9a948a', 400) +
    range(3, (i) => {
      const x = 80 + i * 300;
      return `<path d="M${x} 400 V260 L${x + 130} 200 L${x + 260} 260 V400 Z" fill="${['#a86e4e', '#8f5c44', '#b47c58'][i]}"/>` +
        range(4, (k) => `<rect x="${x + 30 + k * 55}" y="290" width="36" height="48" fill="#4a3a30"/>`);
    }) +
    `<g stroke="#a5552f" stroke-width="12" fill="none"><path d="M1000 470 V130 L1120 150 M1000 130 L900 250 M1000 300 H1060"/></g><path d="M900 250 V330" stroke="${p.ink}" stroke-width="4"/>`,

  'chef': () =>
    `<rect width="1200" height="675" fill="#f4efe6"/>` + range(6, (r) => range(13, (c) => `<rect x="${c * 96}" y="${r * 70}" width="92" height="66" fill="#e6ded0"/>`)) +
    `<rect y="440" width="1200" height="235" fill="#9aa5ae"/><rect y="440" width="1200" height="20" fill="#c0c8cf"/>` +
    person(380, 250, 1.4, '#fdfdfd', '#c99b77') + `<path d="M340 218 Q330 160 360 160 Q380 130 400 160 Q430 160 420 218 Z" fill="#fff"/>` +
    `<ellipse cx="740" cy="430" rx="170" ry="36" fill="#fff"/><ellipse cx="740" cy="424" rx="110" ry="20" fill="#e9e4da"/><circle cx="700" cy="414" r="26" fill="#c45a3b"/><circle cx="760" cy="412" r="20" fill="#6a9a5a"/><circle cx="800" cy="420" r="16" fill="#e2a33b"/>` +
    `<rect x="940" y="340" width="180" height="110" rx="10" fill="#5f6b76"/><path d="M980 320 q15 -40 0 -80 M1030 320 q15 -40 0 -80 M1080 320 q15 -40 0 -80" stroke="#c0c8cf" stroke-width="6" fill="none"/>`,

  'barge': (p) =>
    sky(p) + sun(980, 140, 50, '#fff6d5') + hills(p.far, 330, 25, 15) + water(p, 380) +
    `<ellipse cx="520" cy="520" rx="420" ry="40" fill="#d8c59a"/>` +
    `<path d="M160 470 H900 L860 510 H190 Z" fill="${p.ink}"/><rect x="200" y="440" width="600" height="30" fill="#e2a33b"/><rect x="780" y="400" width="80" height="70" fill="#f4f7fb"/>` +
    `<path d="M960 470 H1140 L1110 505 H980 Z" fill="${p.accent}"/><rect x="1010" y="420" width="70" height="50" fill="#f4f7fb"/><rect x="1040" y="390" width="14" height="30" fill="${p.ink}"/>` +
    `<path d="M900 480 H960" stroke="#dfe6ec" stroke-width="4"/>`,

  'coffee': (p) =>
    `<rect width="1200" height="675" fill="${p.sky1}"/><rect y="420" width="1200" height="255" fill="#8c6a4f"/>` +
    `<ellipse cx="480" cy="500" rx="200" ry="40" fill="#f4f0ea"/><path d="M340 340 H620 L600 480 Q480 520 360 480 Z" fill="#fff"/><path d="M620 370 Q700 370 690 420 Q680 460 610 460" fill="none" stroke="#fff" stroke-width="20"/>` +
    `<ellipse cx="480" cy="342" rx="140" ry="22" fill="#5a3826"/>` +
    `<path d="M440 300 q20 -40 0 -80 M500 300 q20 -40 0 -80" stroke="#fff" stroke-width="8" fill="none" opacity="0.7"/>` +
    `<path d="M780 210 H980 L1000 520 H760 Z" fill="#c9a27e"/><rect x="800" y="320" width="160" height="90" fill="${p.light}"/><rect x="830" y="350" width="100" height="12" fill="${p.accent}"/><rect x="830" y="372" width="70" height="10" fill="${p.near}"/>` +
    range(12, (i) => `<g transform="rotate(${i * 37} ${700 + (i % 4) * 30} ${560 + Math.floor(i / 4) * 26})"><ellipse cx="${700 + (i % 4) * 30}" cy="${560 + Math.floor(i / 4) * 26}" rx="12" ry="8" fill="#4a2c1c"/></g>`),

  'lighthouse': (p) =>
    sky(p) + `<path d="M700 120 L1200 20 V220 Z" fill="#fff6d5" opacity="0.5"/>` + water(p, 430) +
    `<path d="M300 675 Q360 440 600 430 Q900 420 1000 675 Z" fill="#6b6258"/>` +
    `<path d="M620 440 L650 170 H730 L760 440 Z" fill="#fff"/><path d="M637 300 H743 L748 340 H632 Z" fill="${p.accent}"/><rect x="640" y="120" width="100" height="50" fill="#ffd97a"/><path d="M630 120 L690 80 L750 120 Z" fill="${p.ink}"/>` +
    `<rect x="420" y="370" width="160" height="80" fill="#f1e6d2"/><path d="M405 372 L500 320 L595 372 Z" fill="${p.accent}"/><rect x="480" y="400" width="30" height="50" fill="${p.ink}"/>`,

  'terrace': (p) =>
    sky(p) + sun(300, 130, 60, '#fff6d5') + hills(p.far, 330, 25, 16) + water(p, 390) + `<rect y="470" width="1200" height="205" fill="#b8926a"/>` +
    range(4, (i) => {
      const x = 180 + i * 280;
      const c = [p.accent, '#f3f0e8', '#2f5d8a', '#e2a33b'][i];
      return `<path d="M${x - 120} 330 Q${x} 250 ${x + 120} 330 Z" fill="${c}"/><rect x="${x - 4}" y="330" width="8" height="200" fill="${p.ink}"/><ellipse cx="${x}" cy="530" rx="70" ry="14" fill="#f4efe6"/><rect x="${x - 50}" y="530" width="8" height="60" fill="${p.ink}"/><rect x="${x + 42}" y="530" width="8" height="60" fill="${p.ink}"/>`;
    }),

  'pool': () =>
    `<rect width="1200" height="675" fill="#eef2f0"/>` +
    range(5, (i) => `<path d="M${80 + i * 230} 330 V110 A70 70 0 0 1 ${220 + i * 230} 110 V330 Z" fill="#cfe6f2" stroke="#9ab" stroke-width="6"/>`) +
    `<rect y="360" width="1200" height="315" fill="#e9e2d2"/>` +
    `<path d="M160 420 H1040 L1160 660 H40 Z" fill="#2f9fc7"/>` +
    range(5, (i) => `<path d="M${300 + i * 150} 420 L${180 + i * 210} 660" stroke="#d8f1fb" stroke-width="5" stroke-dasharray="18 14"/>`) +
    range(30, (i) => `<rect x="${40 + i * 38}" y="380" width="30" height="24" fill="${i % 2 ? '#2f5d8a' : '#59a5c8'}"/>`),

  'shuttle': (p) =>
    sky(p) + sun(220, 120, 60, '#fff6d5') + hills(p.far, 320, 25, 17) + water(p, 400) +
    `<path d="M220 470 H1000 Q1060 470 1040 520 H260 Z" fill="#f4f7fb"/><rect x="300" y="380" width="620" height="92" rx="14" fill="#ffffff"/>` +
    range(9, (i) => `<rect x="${324 + i * 66}" y="400" width="50" height="40" rx="6" fill="${p.water}"/>`) +
    `<path d="M290 380 L340 330 H900 L940 380 Z" fill="#1f3b66"/>` + range(10, (i) => `<line x1="${352 + i * 56}" y1="334" x2="${332 + i * 58}" y2="378" stroke="#6d8fc0" stroke-width="3"/>`) +
    `<rect x="260" y="500" width="780" height="10" fill="${p.accent}"/>`,
};

/** The SVG text of image `name` (e.g. "1001-bridge") for an article of `category`. */
export function illustration(name, category) {
  const motif = name.replace(/^\d+-/, '');
  const draw = MOTIFS[motif];
  if (!draw) throw new Error(`No motif for image ${name}`);
  const palette = PALETTES[category];
  return motif === 'stonework' ? svg(draw(palette), 1200, 800) : svg(draw(palette));
}

export const IMAGE_SIZE = {width: W, height: H};
