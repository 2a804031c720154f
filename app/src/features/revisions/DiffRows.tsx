import type { DiffOp } from '../../../../electron/shared/text/diffChars';
import type { DiffRow } from '../../../../electron/shared/text/diffParagraphs';

function Side({ ops, testId }: { ops: DiffOp[] | null; testId: string }) {
  if (ops === null) return <p className="diff-cell empty" data-testid={testId} />;
  return (
    <p className="diff-cell" data-testid={testId}>
      {ops.map((o, i) => (o.op === 'del' ? <del key={i}>{o.text}</del> : o.op === 'add' ? <ins key={i}>{o.text}</ins> : <span key={i}>{o.text}</span>))}
    </p>
  );
}

/** Paragraph beside paragraph: the old one on the left, the new one on the right. */
export function DiffRows({ rows }: { rows: DiffRow[] }) {
  return (
    <div className="diff-rows">
      {rows.map((r, i) => {
        const changed = !(r.left?.every((o) => o.op === 'same') && r.right?.every((o) => o.op === 'same'));
        return (
          <div key={i} className={`diff-row${changed ? ' changed' : ''}`} data-testid={changed ? 'diff-row-changed' : 'diff-row'}>
            <Side ops={r.left} testId="diff-left" />
            <Side ops={r.right} testId="diff-right" />
          </div>
        );
      })}
    </div>
  );
}
