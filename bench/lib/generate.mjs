// Generates a Jekyll-style blog of N posts for the scale benchmarks:
//   node bench/lib/generate.mjs N OUT_DIR
// writes OUT_DIR/_config.yml and OUT_DIR/posts/YYYY-MM-DD-slug.md.
// Deterministic (seeded PRNG): the same N always gives the same files.
// Posts are 300–1500 words, 60 % French and 40 % English, with 3 tags out of
// a pool of 50, one category out of 8, headings, lists, links, emphasis and
// the odd code block; the excerpt is the first paragraph (Jekyll's default).
import * as fs from 'node:fs';
import * as path from 'node:path';

export const GENERATOR_VERSION = '1';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FR = `le la les un une des du de et à en pour avec sans sur sous dans par mais ou donc car que qui quoi
dont où ce cette ces mon ma mes notre nos votre leur leurs il elle nous vous ils elles on se ne pas plus
très bien aussi encore toujours jamais souvent parfois déjà après avant pendant depuis quand comme
association bénévoles projet site web page article réunion atelier ville quartier vélo jardin cuisine
tarte soupe lentilles marché école bibliothèque journal semaine mois année matin soir hiver printemps
été automne travail client devis facture outil logiciel libre serveur hébergement données formulaire
newsletter accessibilité lecteur écran contraste couleur police image photo carte calendrier agenda
réseau rencontre conférence bilan idée question réponse problème solution essai erreur leçon histoire
temps énergie sobriété numérique papier crayon tableau liste note fichier dossier sauvegarde mise
jour version ancien nouveau petit grand long court simple compliqué rapide lent facile difficile
premier dernier prochain heureux fatigué content curieux prudent honnête utile gratuit cher
fait dit vu pris mis écrit lu appris compris trouvé cherché changé gardé perdu gagné essayé construit
faire dire voir prendre mettre écrire lire apprendre comprendre trouver chercher changer garder
partager publier corriger tester déployer réparer ranger expliquer montrer aider demander`.split(/\s+/);

const EN = `the a an of and to in for with without on under by but or so because that which who what
where this these those my our your their it we you they one not no more very well also still always
never often sometimes already after before during since when like than then there here just only
association volunteers project site web page post meeting workshop city neighbourhood bike garden
kitchen pie soup lentils market school library journal week month year morning evening winter spring
summer autumn work client quote invoice tool software free server hosting data form newsletter
accessibility screen reader contrast colour font image photo map calendar network meeting talk review
idea question answer problem solution attempt mistake lesson story time energy paper pencil table list
note file folder backup update version old new small large long short simple complicated quick slow
easy hard first last next happy tired glad curious careful honest useful cheap expensive made said
seen taken put written read learned understood found searched changed kept lost won tried built make
say see take put write read learn understand find search change keep share publish fix test deploy
repair tidy explain show help ask build ship measure wonder remember forget`.split(/\s+/);

const TAGS = [
  'rust', 'jekyll', 'wasm', 'vélo', 'cuisine', 'associations', 'accessibilité', 'open source',
  'sites statiques', 'freelance', 'bilan', 'lecture', 'rails', 'ruby', 'javascript', 'css',
  'hébergement', 'écoconception', 'sobriété', 'performance', 'markdown', 'typographie', 'photo',
  'voyage', 'jardin', 'bénévolat', 'formation', 'atelier', 'conférence', 'outils', 'linux',
  'sauvegarde', 'sécurité', 'vie privée', 'newsletter', 'design', 'recette', 'soupe', 'tarte',
  'nancy', 'lorraine', 'hiver', 'été', 'et moi', 'projets', 'clients', 'devis', 'migration',
  'writing', 'community',
];
const CATEGORIES = ['technique', 'good_job', 'web', 'guides', 'cuisine', 'vie', 'lectures', 'associations'];

function makeRng(n) {
  const rng = mulberry32(0xc0ffee ^ n);
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rng() * list.length)];
  return { rng, int, pick };
}

function sentence(r, words, len) {
  const out = [];
  for (let i = 0; i < len; i++) out.push(r.pick(words));
  const roll = r.rng();
  if (roll < 0.08) {
    const at = r.int(0, out.length - 2);
    out[at] = `[${out[at]} ${out[at + 1]}](https://example.org/${out[at]}/${r.int(1, 999)})`;
    out.splice(at + 1, 1);
  } else if (roll < 0.16) {
    const at = r.int(0, out.length - 1);
    out[at] = `*${out[at]}*`;
  } else if (roll < 0.2) {
    const at = r.int(0, out.length - 1);
    out[at] = `**${out[at]}**`;
  } else if (roll < 0.23) {
    const at = r.int(0, out.length - 1);
    out[at] = '`' + out[at] + '`';
  }
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + (r.rng() < 0.1 ? ' ?' : '.');
}

function paragraph(r, words, count) {
  const parts = [];
  let left = count;
  while (left > 0) {
    const len = Math.min(left, r.int(6, 22));
    parts.push(sentence(r, words, Math.max(len, 2)));
    left -= len;
  }
  return { text: parts.join(' '), words: count };
}

function post(r, i, n) {
  const english = r.rng() < 0.4;
  const words = english ? EN : FR;
  const titleWords = [];
  for (let k = r.int(3, 8); k > 0; k--) titleWords.push(r.pick(words));
  let title = titleWords.join(' ');
  title = title[0].toUpperCase() + title.slice(1);
  // Spread the posts evenly from 2008 to the end of 2025 (never in the future).
  const start = Date.UTC(2008, 0, 1);
  const end = Date.UTC(2025, 11, 31);
  const date = new Date(start + Math.floor(((end - start) * i) / n));
  const ymd = date.toISOString().slice(0, 10);
  const slug = `${titleWords.slice(0, 5).join('-').normalize('NFD').replace(/[^\w-]/g, '').toLowerCase()}-${i}`;
  const tags = new Set();
  while (tags.size < 3) tags.add(r.pick(TAGS));
  const category = r.pick(CATEGORIES);
  const target = r.int(300, 1500);
  const body = [];
  const first = paragraph(r, words, r.int(25, 80));
  body.push(first.text);
  let total = first.words;
  let since = 0;
  while (total < target) {
    const roll = r.rng();
    if (since >= 2 && roll < 0.3) {
      const h = [];
      for (let k = r.int(2, 5); k > 0; k--) h.push(r.pick(words));
      const text = h.join(' ');
      body.push(`## ${text[0].toUpperCase()}${text.slice(1)}`);
      total += h.length;
      since = 0;
    } else if (roll < 0.4) {
      const items = [];
      for (let k = r.int(3, 5); k > 0; k--) {
        const item = paragraph(r, words, r.int(4, 12));
        items.push(`- ${item.text}`);
        total += item.words;
      }
      body.push(items.join('\n'));
      since++;
    } else if (english && roll < 0.45) {
      body.push('```rust\nfn main() {\n    let posts = load("posts/")?;\n    println!("{} posts", posts.len());\n}\n```');
      total += 8;
      since++;
    } else {
      const p = paragraph(r, words, r.int(40, 140));
      // Soft line breaks inside paragraphs, as people type them.
      body.push(p.text.replace(/(.{60,90}?) /g, '$1\n'));
      total += p.words;
      since++;
    }
  }
  const front = [
    '---',
    `title: "${title.replace(/"/g, '\\"')}"`,
    ...(english ? ['lang: en'] : []),
    `category: ${category}`,
    `tags: [${[...tags].map((t) => (/[ ]/.test(t) ? `"${t}"` : t)).join(', ')}]`,
    '---',
    '',
  ].join('\n');
  return { file: `${ymd}-${slug}.md`, text: `${front}\n${body.join('\n\n')}\n`, words: total };
}

export function generate(n, outDir) {
  const r = makeRng(n);
  const postsDir = path.join(outDir, 'posts');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(postsDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, '_config.yml'),
    [
      `# Generated by bench/lib/generate.mjs (version ${GENERATOR_VERSION}): ${n} posts.`,
      `title: Carnet de ${n} billets`,
      'description: Un blog généré pour mesurer carnet à grande échelle.',
      'author: Anne Martin',
      'lang: fr',
      'url: "https://example.org"',
      'baseurl: ""',
      'permalink: date',
      'paginate: 10',
      'paginate_path: "/page/:num/"',
      '',
    ].join('\n'),
  );
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < n; i++) {
    const p = post(r, i, n);
    fs.writeFileSync(path.join(postsDir, p.file), p.text);
    bytes += Buffer.byteLength(p.text);
    words += p.words;
  }
  const stamp = { version: GENERATOR_VERSION, posts: n, bytes, words };
  fs.writeFileSync(path.join(outDir, '.generated.json'), JSON.stringify(stamp));
  return stamp;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out] = [Number(process.argv[2]), process.argv[3]];
  if (!n || !out) {
    console.error('usage: generate.mjs N OUT_DIR');
    process.exit(2);
  }
  const stampFile = path.join(out, '.generated.json');
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    if (stamp.version === GENERATOR_VERSION && stamp.posts === n) {
      console.log(`bench: ${out} is up to date (${n} posts)`);
      process.exit(0);
    }
  } catch {
    /* not generated yet */
  }
  const t = Date.now();
  const stamp = generate(n, out);
  console.log(`bench: generated ${n} posts (${(stamp.bytes / 1e6).toFixed(1)} MB, ${stamp.words} words) in ${out} in ${Date.now() - t} ms`);
}
