import { createDecipheriv, createHash, createHmac, createPrivateKey, createPublicKey, pbkdf2Sync, timingSafeEqual, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { AppError } from '../../../core/errors';

/** What signing needs from the director's PKCS#12: the key, its certificate and the chain above it, as they are. */
export interface P12Contents {
  privateKey: KeyObject;
  certificate: pkijs.Certificate;
  chain: pkijs.Certificate[];
}

const oid = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  pbeSha1TripleDes: '1.2.840.113549.1.12.1.3',
} as const;

const hashes: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const hmacs: Readonly<Record<string, string>> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};
const ciphers: Readonly<Record<string, { name: string; keyLength: number }>> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};

/** Every refusal of a file names what is wrong with it, never the passphrase. */
function unreadable(reason: string): AppError {
  return new AppError('CERTIFICATE_UNREADABLE', { reason });
}

function parse(bytes: Uint8Array, what: string): asn1js.AsnType {
  const asn = asn1js.fromBER(bytes);
  if (asn.offset === -1) throw unreadable(`${what} is not DER`);
  return asn.result;
}

/** The bytes of an OCTET STRING, primitive or constructed, or of an implicitly tagged one ([0] encryptedContent). */
function octets(value: asn1js.AsnType | undefined, what: string): Buffer {
  if (value instanceof asn1js.OctetString) return Buffer.from(value.getValue());
  if (value instanceof asn1js.Constructed) return Buffer.concat(value.valueBlock.value.map((part) => octets(part, what)));
  if (value instanceof asn1js.Primitive) return Buffer.from(value.valueBlock.valueHexView);
  throw unreadable(`${what} is missing`);
}

/** The PKCS#12 key derivation of RFC 7292 appendix B.2, which the MAC and the legacy 3DES bags use. */
function pkcs12Kdf(hash: string, password: Buffer, salt: Buffer, id: number, iterations: number, length: number): Buffer {
  const v = hash === 'sha384' || hash === 'sha512' ? 128 : 64;
  const fill = (source: Buffer) => {
    if (source.length === 0) return Buffer.alloc(0);
    const out = Buffer.alloc(v * Math.ceil(source.length / v));
    for (let i = 0; i < out.length; i++) out[i] = source[i % source.length] ?? 0;
    return out;
  };
  const input = Buffer.concat([fill(salt), fill(password)]);
  const diversifier = Buffer.alloc(v, id);
  const blocks: Buffer[] = [];
  for (let total = 0; total < length; ) {
    let a = createHash(hash).update(diversifier).update(input).digest();
    for (let i = 1; i < iterations; i++) a = createHash(hash).update(a).digest();
    blocks.push(a);
    total += a.length;
    const b = fill(a).subarray(0, v);
    for (let at = 0; at < input.length; at += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (input[at + k] ?? 0) + (b[k] ?? 0) + carry;
        input[at + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** The passphrase as PKCS#12's KDF wants it: UTF-16 big-endian with a terminating zero. */
function bmpPassword(passphrase: string): Buffer {
  const le = Buffer.from(`${passphrase}\0`, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
}

function checkMac(pfx: pkijs.PFX, content: Buffer, passphrase: string): void {
  const mac = pfx.macData;
  if (!mac) return;
  const hash = hashes[mac.mac.digestAlgorithm.algorithmId];
  if (!hash) throw unreadable(`MAC algorithm ${mac.mac.digestAlgorithm.algorithmId} is not supported`);
  const expected = Buffer.from(mac.mac.digest.getValue());
  const key = pkcs12Kdf(hash, bmpPassword(passphrase), octets(mac.macSalt, 'MAC salt'), 3, mac.iterations ?? 1, expected.length);
  const actual = createHmac(hash, key).update(content).digest();
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new AppError('CERTIFICATE_PASSPHRASE_WRONG');
}

/** Decrypts a bag or a safe encrypted with PBES2 (PBKDF2 + AES or 3DES) or PKCS#12's SHA-1/3DES scheme. */
function decrypt(algorithm: pkijs.AlgorithmIdentifier, data: Buffer, passphrase: string): Buffer {
  let key: Buffer;
  let iv: Buffer;
  let cipher: string;
  if (algorithm.algorithmId === oid.pbes2) {
    const params = new pkijs.PBES2Params({ schema: algorithm.algorithmParams });
    if (params.keyDerivationFunc.algorithmId !== oid.pbkdf2) throw unreadable(`key derivation ${params.keyDerivationFunc.algorithmId} is not supported`);
    const kdf = new pkijs.PBKDF2Params({ schema: params.keyDerivationFunc.algorithmParams });
    const scheme = ciphers[params.encryptionScheme.algorithmId];
    const prf = hmacs[kdf.prf?.algorithmId ?? '1.2.840.113549.2.7'];
    if (!scheme || !prf) throw unreadable(`encryption ${params.encryptionScheme.algorithmId} is not supported`);
    const salt = kdf.salt instanceof asn1js.OctetString ? octets(kdf.salt, 'salt') : null;
    if (!salt) throw unreadable('PBKDF2 salt is not an octet string');
    key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, kdf.iterationCount, kdf.keyLength ?? scheme.keyLength, prf);
    iv = octets(params.encryptionScheme.algorithmParams, 'IV');
    cipher = scheme.name;
  } else if (algorithm.algorithmId === oid.pbeSha1TripleDes) {
    const params = parse(new Uint8Array(algorithm.algorithmParams.toBER()), 'PBE parameters') as asn1js.Sequence;
    const [salt, iterations] = params.valueBlock.value as [asn1js.OctetString, asn1js.Integer];
    const password = bmpPassword(passphrase);
    key = pkcs12Kdf('sha1', password, octets(salt, 'salt'), 1, iterations.valueBlock.valueDec, 24);
    iv = pkcs12Kdf('sha1', password, octets(salt, 'salt'), 2, iterations.valueBlock.valueDec, 8);
    cipher = 'des-ede3-cbc';
  } else throw unreadable(`encryption ${algorithm.algorithmId} is not supported`);
  try {
    const decipher = createDecipheriv(cipher, key, iv);
    return Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw new AppError('CERTIFICATE_PASSPHRASE_WRONG');
  }
}

function safeContentsOf(info: pkijs.ContentInfo, passphrase: string): pkijs.SafeContents {
  if (info.contentType === oid.data) return new pkijs.SafeContents({ schema: parse(octets(info.content, 'safe'), 'safe') });
  if (info.contentType === oid.encryptedData) {
    const encrypted = new pkijs.EncryptedData({ schema: info.content });
    const content = encrypted.encryptedContentInfo;
    if (!content.encryptedContent) throw unreadable('encrypted safe is empty');
    return new pkijs.SafeContents({ schema: parse(decrypt(content.contentEncryptionAlgorithm, octets(content.encryptedContent, 'safe'), passphrase), 'safe') });
  }
  throw unreadable(`safe of type ${info.contentType} is not supported`);
}

/**
 * Reads the director's PKCS#12 with its passphrase: checks its MAC (a wrong passphrase is told as such), decrypts the
 * bags and keeps each certificate's own bytes (PKI.js keeps names as encoded, so Cyrillic names stay valid).
 */
export function readP12(p12: Uint8Array, passphrase: string): P12Contents {
  let pfx: pkijs.PFX;
  try {
    pfx = new pkijs.PFX({ schema: parse(p12, 'PKCS#12') });
  } catch (err) {
    throw err instanceof AppError ? err : unreadable('not a PKCS#12 file');
  }
  if (pfx.authSafe.contentType !== oid.data) throw unreadable('public-key integrity mode is not supported');
  const content = octets(pfx.authSafe.content, 'authenticated safe');
  checkMac(pfx, content, passphrase);
  const safe = new pkijs.AuthenticatedSafe({ schema: parse(content, 'authenticated safe') });
  const keys: Buffer[] = [];
  const certificates: pkijs.Certificate[] = [];
  for (const info of safe.safeContents) {
    for (const bag of safeContentsOf(info, passphrase).safeBags) {
      if (bag.bagId === oid.certBag) {
        const certBag = bag.bagValue as pkijs.CertBag;
        if (certBag.certId !== oid.x509Certificate) continue;
        certificates.push(new pkijs.Certificate({ schema: parse(octets(certBag.certValue as asn1js.AsnType, 'certificate'), 'certificate') }));
      } else if (bag.bagId === oid.shroudedKeyBag) {
        const shrouded = bag.bagValue as pkijs.PKCS8ShroudedKeyBag;
        keys.push(decrypt(shrouded.encryptionAlgorithm, octets(shrouded.encryptedData, 'key'), passphrase));
      } else if (bag.bagId === oid.keyBag) {
        keys.push(Buffer.from((bag.bagValue as pkijs.PrivateKeyInfo).toSchema().toBER()));
      }
    }
  }
  const [key] = keys;
  if (!key) throw unreadable('the file holds no private key');
  const privateKey = createPrivateKey({ key, format: 'der', type: 'pkcs8' });
  const publicDer = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const certificate = certificates.find((c) => Buffer.from(c.subjectPublicKeyInfo.toSchema().toBER()).equals(publicDer));
  if (!certificate) throw unreadable('no certificate matches the private key');
  return { privateKey, certificate, chain: certificates.filter((c) => c !== certificate) };
}

/** The certificate's common name (its holder), else its whole subject as text. */
export function holderName(certificate: pkijs.Certificate): string {
  const values = certificate.subject.typesAndValues;
  const commonName = values.find((t) => t.type === '2.5.4.3');
  return String((commonName ?? values.at(-1))?.value.valueBlock.value ?? '');
}
