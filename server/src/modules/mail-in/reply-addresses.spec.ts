import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../../infrastructure/config/app-config';
import { base32Decode, base32Encode } from './base32';
import { ReplyAddresses } from './reply-addresses';

function addresses(key = Buffer.alloc(32, 7), domain = 'reply.example.org'): ReplyAddresses {
  return new ReplyAddresses({ auth: { secretKey: key }, mailIn: { replyDomain: domain } } as unknown as AppConfig);
}

describe('ReplyAddresses', () => {
  const userId = randomUUID();
  const threadId = randomUUID();

  it('makes a lower-case, letters-and-digits address that verifies back to the person and thread', () => {
    const address = addresses().forThread(userId, threadId);
    expect(address).toMatch(/^reply\+[a-z2-7]+@reply\.example\.org$/);
    expect(addresses().verify(address)).toEqual({ userId, threadId });
  });

  it('survives a mail server that folds the address to upper case', () => {
    expect(addresses().verify(addresses().forThread(userId, threadId).toUpperCase())).toEqual({ userId, threadId });
  });

  it('refuses a changed token, another domain, another key and junk', () => {
    const address = addresses().forThread(userId, threadId);
    const token = address.slice('reply+'.length, address.indexOf('@'));
    // Swap in another person's id with the original signature: the HMAC no longer matches.
    const bytes = base32Decode(token)!;
    Buffer.from(randomUUID().replace(/-/g, ''), 'hex').copy(bytes, 0);
    expect(addresses().verify(`reply+${base32Encode(bytes)}@reply.example.org`)).toBeNull();
    const flipped = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
    expect(addresses().verify(`reply+${flipped}@reply.example.org`)).toBeNull();
    expect(addresses().verify(address.replace('reply.example.org', 'evil.example.org'))).toBeNull();
    expect(addresses(Buffer.alloc(32, 8)).verify(address)).toBeNull();
    for (const junk of ['', 'reply+@reply.example.org', 'someone@reply.example.org', 'reply+0189@reply.example.org'])
      expect(addresses().verify(junk)).toBeNull();
  });

  it('gives each person their own address for the same thread', () => {
    expect(addresses().forThread(randomUUID(), threadId)).not.toBe(addresses().forThread(userId, threadId));
  });
});

describe('base32', () => {
  it('round-trips any bytes (RFC 4648 vectors, lower case, no padding)', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('mzxw6ytboi');
    for (let n = 0; n < 45; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff));
      expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    }
    expect(base32Decode('not-base32!')).toBeNull();
  });
});
