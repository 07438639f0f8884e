import { createHash, sign } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { AppError } from '../../../core/errors';
import type { P12Contents } from './pkcs12';

const oid = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest());
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/**
 * signing-certificate-v2 (RFC 5035): the signer's certificate by its SHA-256 (the default hash, so not named) and its
 * issuer and serial number. The issuer is the certificate's own encoded name (PKI.js keeps it as read), so a Cyrillic
 * name matches the certificate byte for byte.
 */
function signingCertificateV2(certificate: pkijs.Certificate): asn1js.Sequence {
  const der = new Uint8Array(certificate.toSchema().toBER());
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificate.issuer.toSchema()] })] }),
      certificate.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: sha256(der) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function signatureAlgorithm(signer: P12Contents): { id: string; dsaEncoding?: 'der' } {
  const type = signer.privateKey.asymmetricKeyType;
  if (type === 'rsa') return { id: oid.rsaEncryption };
  if (type === 'ec') return { id: oid.ecdsaWithSha256, dsaEncoding: 'der' };
  throw new AppError('CERTIFICATE_UNREADABLE', { reason: `${type ?? 'this'} keys cannot sign here (RSA or EC only)` });
}

/**
 * A detached CMS SignedData over `content` as PAdES baseline B-B wants it (ETSI EN 319 142-1): signed attributes
 * content-type, message-digest and signing-certificate-v2, and no signing-time (the PDF's /M carries the time). The
 * certificates go in as read from the PKCS#12, never re-encoded.
 */
export function cadesDetachedSignature(content: Uint8Array, signer: P12Contents): Uint8Array {
  const algorithm = signatureAlgorithm(signer);
  // In DER order of their encodings (a SET OF): content-type and message-digest are the shortest.
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      attribute(oid.contentType, new asn1js.ObjectIdentifier({ value: oid.data })),
      attribute(oid.messageDigest, new asn1js.OctetString({ valueHex: sha256(content) })),
      attribute(oid.signingCertificateV2, signingCertificateV2(signer.certificate)),
    ],
  });
  const toSign = new Uint8Array(signedAttrs.toSchema().toBER());
  toSign[0] = 0x31; // signed over as a SET OF, carried as [0] IMPLICIT (RFC 5652 §5.4)
  const signature = sign('sha256', toSign, algorithm.dsaEncoding ? { key: signer.privateKey, dsaEncoding: algorithm.dsaEncoding } : signer.privateKey);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.certificate.issuer, serialNumber: signer.certificate.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: oid.sha256 }),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: algorithm.id,
      ...(algorithm.id === oid.rsaEncryption ? { algorithmParams: new asn1js.Null() } : {}),
    }),
    signature: new asn1js.OctetString({ valueHex: new Uint8Array(signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: oid.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: oid.data }),
    certificates: [signer.certificate, ...signer.chain],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: oid.signedData, content: signedData.toSchema(false) });
  return new Uint8Array(contentInfo.toSchema().toBER());
}
