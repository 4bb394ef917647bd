import type { SignerBlock as Signer } from '../../../electron/contract';

/** A signer: authority and title bold caps, room to sign and seal, the name bold (as the Word file). */
export function SignerBlock({ signer }: { signer: Signer }) {
  return (
    <div className="doc-signer">
      {signer.authority && <div className="doc-signer-line">{signer.authority}</div>}
      {signer.title && <div className="doc-signer-line">{signer.title}</div>}
      <div className="doc-signer-room" />
      <div className="doc-signer-name">{signer.name ?? ''}</div>
    </div>
  );
}
