/**
 * Pinyin queries, read without a dictionary: a query typed in pinyin (with tone marks, tone numbers
 * or none; with or without spaces between syllables) is split into toneless syllables, which the search
 * page compares with the pinyin the build wrote beside every text (scripts/build-search-index.ts, with
 * pinyin-pro and the glossary's own pinyin). Pure functions, shared by the build, the search page and
 * their tests; the browser downloads only the list of syllables below (about 2 KB).
 */

/** Every toneless syllable of Mandarin (ü written v), as pinyin-pro's dictionary has them, less m, n, ng, hng. */
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ' +
    'ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong ' +
    'cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui ' +
    'dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua ' +
    'guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji ' +
    'jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua ' +
    'kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou ' +
    'lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan ' +
    'nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang ' +
    'pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que ' +
    'qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan ' +
    'shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun ' +
    'suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen ' +
    'weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong ' +
    'you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong ' +
    'zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);
const LONGEST = 6;

/** Toneless, lower-case pinyin: tone marks and tone numbers dropped, ü (u:, v) written v. */
export function toneless(s: string): string {
  return s
    .normalize('NFD')
    .toLowerCase()
    .replace(/u\u0308|u:/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])[1-5]/g, '$1');
}

/**
 * Splits a run of letters into syllables, longest first with backtracking (xian → xian, not xi an;
 * tuilichengben → tui li cheng ben). Undefined when the run is not pinyin.
 */
export function syllables(run: string): string[] | undefined {
  if (run === '') return [];
  // A head longer than the run is the run itself, tried again: no syllable is longer than LONGEST.
  for (let n = LONGEST; n > 0; n--) {
    const head = run.slice(0, n);
    if (!SYLLABLES.has(head)) continue;
    const rest = syllables(run.slice(n));
    if (rest) return [head, ...rest];
  }
  return undefined;
}

/** Whether the query was written with tones (marks or numbers), which shows that it is meant as pinyin. */
export function hasTones(s: string): boolean {
  return /[\u0300-\u036f]/.test(s.normalize('NFD').replace(/u\u0308/gi, 'v')) || /[a-z][1-5](?![0-9])/i.test(s);
}

/**
 * The toneless syllables of a query written in pinyin, or undefined when it is not pinyin. Spaces,
 * apostrophes and hyphens separate syllables (xi'an); a query of one syllable without a tone is not
 * taken as pinyin (ai, long and men are English words too).
 */
export function pinyinQuery(raw: string): string[] | undefined {
  const words = toneless(raw.normalize('NFKC'))
    .replace(/['’‘\-‐–—·]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || !words.every((w) => /^[a-z]+$/.test(w))) return undefined;
  const out: string[] = [];
  for (const w of words) {
    const s = syllables(w);
    if (!s) return undefined;
    out.push(...s);
  }
  if (out.length < 2 && !hasTones(raw)) return undefined;
  return out;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

export interface PinyinMatch {
  /** The Chinese the pinyin spells, as it stands in the text. */
  readonly zh: string;
  /** Its pinyin with tones, as the build wrote it. */
  readonly pinyin: string;
}

/**
 * Where the text spells the syllables: `readings` holds the pinyin (with tones) of each Han character of
 * `text`, in order, space-separated, as the build wrote it. Returns each distinct Chinese phrase whose
 * consecutive characters read as the query, with its pinyin.
 */
export function findPinyin(text: string, readings: string, query: readonly string[]): PinyinMatch[] {
  if (query.length === 0) return [];
  const toned = readings.split(' ');
  const plain = toned.map(toneless);
  const positions: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (HAN.test(ch)) positions.push(i);
    i += ch.length;
  }
  if (positions.length !== plain.length) return [];
  const found = new Map<string, string>();
  for (let k = 0; k + query.length <= plain.length; k++) {
    let ok = true;
    for (let j = 0; j < query.length && ok; j++) {
      ok = plain[k + j] === query[j] && positions[k + j] === positions[k]! + j;
    }
    if (!ok) continue;
    const zh = text.slice(positions[k], positions[k]! + query.length);
    if (!found.has(zh)) found.set(zh, toned.slice(k, k + query.length).join(' '));
  }
  return [...found].map(([zh, pinyin]) => ({ zh, pinyin }));
}

/**
 * The toned syllables of a glossary entry's pinyin, Latin words of the term left out ("AI jìsuàn" for
 * AI计算 → jì suàn); none when the pinyin does not split into syllables.
 */
export function tonedSyllables(written: string, term: string): string[] {
  const latin = new Set(term.match(/[A-Za-z]+/g));
  const out: string[] = [];
  for (const [run] of written.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    if (latin.has(run)) continue;
    const plain = toneless(run);
    const split = plain.length === run.length ? syllables(plain) : undefined;
    if (!split) return [];
    let at = 0;
    for (const s of split) {
      out.push(run.slice(at, at + s.length).toLowerCase());
      at += s.length;
    }
  }
  return out;
}
