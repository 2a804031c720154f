import type { CSSProperties } from 'react';
import { A4_MM } from '../../../../electron/shared/export/builtinProfiles';
import { balanceTitle } from '../../../../electron/shared/export/balanceTitle';
import { cssFontFamily } from '../../../../electron/shared/export/cssFontFamily';
import type { FormatProfile } from '../../../../electron/shared/export/formatProfile';
import { t } from '../../../../electron/shared/i18n/translate';

/** Width of the drawn page in CSS pixels; everything is scaled from millimetres and points to it. */
const PAGE_PX = 340;
const PX_PER_MM = PAGE_PX / A4_MM.width;
const PX_PER_PT = PX_PER_MM * (25.4 / 72);

// A page of the kind the format is for, in Chinese as the document would be.
const SAMPLE = {
  title: '在学习运用“千万工程”经验推进乡村全面振兴专题研讨会上的发言',
  salutation: '同志们：',
  opening: '根据安排，围绕学习运用浙江“千村示范、万村整治”工程经验，结合分管工作，我谈几点认识和体会。',
  heading1: '一、深刻把握“千万工程”蕴含的理念和方法',
  body: '“千万工程”从农村环境整治入手，由点及面、迭代升级，二十年持续努力造就了万千美丽乡村，造福了万千农民群众。',
  heading2: '（一）坚持以人民为中心的发展思想',
  quote: '推进乡村建设，要先规划后建设，坚持数量服从质量、进度服从实效，求好不求快。',
  heading3: '1. 坚持规划先行',
  closing: '以上发言，不当之处请批评指正。',
  date: '2026年12月5日',
};

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
const words = (text: string) => (segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text));

function textStyle(spec: FormatProfile['title'], latin: string): CSSProperties {
  return { fontFamily: cssFontFamily(spec.font, latin), fontSize: `${spec.sizePt * PX_PER_PT}px`, fontWeight: spec.bold ? 700 : 400 };
}

/**
 * Page 1 of a document in the format, drawn to scale as the format is edited: margins, faces and
 * sizes, line pitch and grid, author line and date where the format puts them, the 版记 and the page
 * number. The title breaks as the export breaks it (balanced, between words).
 */
export function FormatPreview({ profile, author }: { profile: FormatProfile; author: string }) {
  const m = profile.marginsMm;
  const textWidthMm = A4_MM.width - m.left - m.right;
  const linePx = 'exactPt' in profile.line ? profile.line.exactPt * PX_PER_PT : profile.body.sizePt * PX_PER_PT * profile.line.multiple * 1.3;
  // With a grid, characters are spaced so the line holds exactly its number of them.
  const letterSpacing = profile.grid ? (textWidthMm * PX_PER_MM) / profile.grid.chars - profile.body.sizePt * PX_PER_PT : 0;
  const perLine = Math.floor(((textWidthMm / 25.4) * 72) / profile.title.sizePt);
  const titleLines = balanceTitle(SAMPLE.title, perLine, words);
  const indent = `${profile.firstLineChars * (profile.body.sizePt * PX_PER_PT + letterSpacing)}px`;
  const para = (extra: CSSProperties = {}): CSSProperties => ({ margin: 0, textIndent: indent, lineHeight: `${linePx}px`, letterSpacing: `${letterSpacing}px`, textAlign: 'justify', ...extra });
  const datePx = profile.body.sizePt * PX_PER_PT;
  return (
    <div className="format-preview" aria-label={t('format.preview')} data-testid="format-preview">
      <div
        className="format-page"
        style={{
          width: `${PAGE_PX}px`,
          height: `${A4_MM.height * PX_PER_MM}px`,
          padding: `${m.top * PX_PER_MM}px ${m.right * PX_PER_MM}px ${m.bottom * PX_PER_MM}px ${m.left * PX_PER_MM}px`,
          ...textStyle(profile.body, profile.latinFont),
        }}
      >
        <div className="format-text" style={{ height: '100%', overflow: 'hidden' }}>
          <h1 style={{ ...textStyle(profile.title, profile.latinFont), textAlign: 'center', margin: 0, lineHeight: 1.5 }} data-testid="preview-title">
            {titleLines.map((line, i) => (
              <span key={i} style={{ display: 'block' }}>
                {line}
              </span>
            ))}
          </h1>
          {profile.authorPlace === 'under-title' && <p style={{ ...textStyle(profile.author, profile.latinFont), ...para({ textAlign: 'center', textIndent: 0 }) }}>{author}</p>}
          {profile.datePlace === 'under-author' && <p style={{ ...textStyle(profile.author, profile.latinFont), ...para({ textAlign: 'center', textIndent: 0 }) }}>（{SAMPLE.date}）</p>}
          <p style={para({ height: `${linePx}px` })} />
          <p style={para({ textIndent: 0 })}>{SAMPLE.salutation}</p>
          <p style={para()}>{SAMPLE.opening}</p>
          <p style={{ ...para(), ...textStyle(profile.heading1, profile.latinFont) }}>{SAMPLE.heading1}</p>
          <p style={para()}>{SAMPLE.body}</p>
          <p style={{ ...para(), ...textStyle(profile.heading2, profile.latinFont) }}>{SAMPLE.heading2}</p>
          <p style={{ ...para({ margin: `0 ${2 * datePx}px` }), ...textStyle(profile.quote, profile.latinFont) }}>“{SAMPLE.quote}”</p>
          <p style={{ ...para(), ...textStyle(profile.heading3, profile.latinFont) }}>{SAMPLE.heading3}</p>
          <p style={para()}>{SAMPLE.closing}</p>
          {(profile.authorPlace === 'end' || profile.datePlace === 'end') && <p style={para({ height: `${linePx}px` })} />}
          {profile.authorPlace === 'end' && <p style={para({ textAlign: 'right', textIndent: 0, paddingRight: `${2 * datePx}px` })}>{author}</p>}
          {profile.datePlace === 'end' && <p style={para({ textAlign: 'right', textIndent: 0, paddingRight: `${2 * datePx}px` })}>{SAMPLE.date}</p>}
          {profile.layout === 'official' && (profile.copyTo || profile.printedBy) && (
            <div className="format-record" style={{ fontSize: `${14 * PX_PER_PT}px`, marginTop: `${linePx}px` }}>
              {profile.copyTo && <p style={{ margin: 0, padding: `0 ${datePx}px` }}>抄送：{profile.copyTo}</p>}
              {profile.printedBy && (
                <p style={{ margin: 0, padding: `0 ${datePx}px`, display: 'flex', justifyContent: 'space-between' }}>
                  <span>{profile.printedBy}</span>
                  <span>{SAMPLE.date}印发</span>
                </p>
              )}
            </div>
          )}
        </div>
        {profile.pageNumberStyle !== 'none' && (
          <div
            className="format-page-number"
            style={{
              ...textStyle(profile.pageNumber, profile.latinFont),
              bottom: `${Math.max(4, (m.bottom - 12) * PX_PER_MM)}px`,
              left: `${m.left * PX_PER_MM}px`,
              right: `${m.right * PX_PER_MM}px`,
              textAlign: profile.pageNumberStyle === 'outside' ? 'right' : 'center',
              paddingRight: profile.pageNumberStyle === 'outside' ? `${profile.pageNumber.sizePt * PX_PER_PT}px` : 0,
            }}
          >
            {profile.layout === 'plain' ? '1' : '— 1 —'}
          </div>
        )}
      </div>
    </div>
  );
}
