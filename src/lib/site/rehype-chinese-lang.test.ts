import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypeChineseLang, { isMostlyChinese, runsToMark } from './rehype-chinese-lang.mjs';

const run = (html: string, path = 'content/notes/token.md') => {
  const tree = fromHtml(html, { fragment: true });
  rehypeChineseLang()(tree, { path });
  return toHtml(tree);
};

describe('rehypeChineseLang', () => {
  it('marks each run of Chinese in English prose as Chinese, keeping the text around it', () => {
    expect(run('<p><strong>推理</strong> (tuīlǐ) covers 推理成本 and 百万Tokens调用.</p>')).toBe(
      '<p><strong><span lang="zh">推理</span></strong> (tuīlǐ) covers <span lang="zh">推理成本</span> and <span lang="zh">百万Tokens调用</span>.</p>',
    );
  });

  it('marks the speech’s words, which hold an ASCII comma or colon between Han, as the speech', () => {
    expect(run('<p>the saying (往往对短期高估,又对长期低估); Eddie Wu (吴泳铭, Wú Yǒngmíng)</p>')).toBe(
      '<p>the saying (<span class="ed-speech-zh" lang="zh">往往对短期高估,又对长期低估</span>); Eddie Wu (<span lang="zh">吴泳铭</span>, Wú Yǒngmíng)</p>',
    );
  });

  it('leaves Chinese that already carries a zh lang, and code, preformatted text, scripts and styles, as they are', () => {
    const html =
      '<p lang="zh-Hans">推理成本</p><code>推理</code><pre>推理</pre><script>"推理"</script><style>/* 推理 */</style>';
    expect(run(html)).toBe(html);
    expect(run('<div lang="ZH"><p>推理</p></div>')).toBe('<div lang="ZH"><p>推理</p></div>');
    expect(run('<div lang="en"><p>推理</p></div>')).toBe('<div lang="en"><p><span lang="zh">推理</span></p></div>');
  });

  it('tells mostly Chinese text from English that quotes a Chinese word', () => {
    expect(isMostlyChinese('字節、阿里雲、百度大模型價格混戰')).toBe(true);
    expect(isMostlyChinese('The note on 接管')).toBe(false);
    expect(isMostlyChinese('English only')).toBe(false);
    expect(isMostlyChinese('ab中文')).toBe(false);
    expect(isMostlyChinese('a中文')).toBe(true);
    expect(isMostlyChinese('')).toBe(false);
  });

  it('in a Chinese twin, marks runs of English words as English and leaves single names', () => {
    expect(
      run(
        '<p>英译作“greatest potential”，见OpenAI的《Learning to Reason with LLMs》；Token、GPU照写。</p>',
        'content/notes/tr-imagination.zh.md',
      ),
    ).toBe(
      '<p>英译作“<span lang="en">greatest potential</span>”，见OpenAI的《<span lang="en">Learning to Reason with LLMs</span>》；Token、GPU照写。</p>',
    );
  });
});

describe('runsToMark', () => {
  it('marks runs of English words in Chinese text and runs of Chinese in English text', () => {
    expect(runsToMark('登顶Hugging Face的Open LLM Leaderboard，Token照写', 'zh')).toEqual([
      { text: '登顶', marked: false },
      { text: 'Hugging Face', marked: true },
      { text: '的', marked: false },
      { text: 'Open LLM Leaderboard', marked: true },
      { text: '，Token照写', marked: false },
    ]);
    expect(runsToMark('The note on 接管 and 推理成本.', 'en')).toEqual([
      { text: 'The note on ', marked: false },
      { text: '接管', marked: true },
      { text: ' and ', marked: false },
      { text: '推理成本', marked: true },
      { text: '.', marked: false },
    ]);
  });
});

describe('runsToMark at the edges of a text', () => {
  it('gives only the runs there are: none empty, at the start or at the end', () => {
    expect(runsToMark('推理成本 and 接管', 'en')).toEqual([
      { text: '推理成本', marked: true },
      { text: ' and ', marked: false },
      { text: '接管', marked: true },
    ]);
    expect(runsToMark('Open LLM Leaderboard榜首', 'zh')).toEqual([
      { text: 'Open LLM Leaderboard', marked: true },
      { text: '榜首', marked: false },
    ]);
    expect(runsToMark('the character 算 alone', 'en')).toEqual([
      { text: 'the character ', marked: false },
      { text: '算', marked: true },
      { text: ' alone', marked: false },
    ]);
    expect(runsToMark('见“greatest  potential”一词', 'zh')).toEqual([
      { text: '见“', marked: false },
      { text: 'greatest  potential', marked: true },
      { text: '”一词', marked: false },
    ]);
    expect(runsToMark('', 'en')).toEqual([]);
    expect(runsToMark('English only', 'en')).toEqual([{ text: 'English only', marked: false }]);
  });

  it('marks runs of the other language in a text node of any position, keeping its neighbours', () => {
    expect(run('<p>推理成本<em>x</em>接管</p>')).toBe(
      '<p><span lang="zh">推理成本</span><em>x</em><span lang="zh">接管</span></p>',
    );
  });

  it('reads a file as a Chinese twin only by its own name, not by a folder named like one', () => {
    expect(run('<p>推理</p>', 'content/old.zh.md/token.md')).toBe('<p><span lang="zh">推理</span></p>');
    expect(run('<p>the Open LLM Leaderboard</p>', 'content/parts/1.zh.mdx')).toBe(
      '<p><span lang="en">the Open LLM Leaderboard</span></p>',
    );
  });
});
