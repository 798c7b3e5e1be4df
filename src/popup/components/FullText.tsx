// A story's text as paragraphs of plain text nodes: never innerHTML.
export function FullText({ text }: { text: string }) {
  const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  return (
    <div class="fulltext">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
