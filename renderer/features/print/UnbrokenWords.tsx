/**
 * Text that may wrap only at its spaces: each word is one unbreakable span, so a line never
 * ends inside "25-QĐ/TU", "26/10/2020" or a name (a browser would break after "-" or "/").
 */
export function UnbrokenWords({ text }: { text: string }) {
  const words = text.split(' ');
  return (
    <>
      {words.map((word, i) => (
        <span key={i}>
          <span className="doc-word">{word}</span>
          {i < words.length - 1 ? ' ' : ''}
        </span>
      ))}
    </>
  );
}
