// Shorter names for the imports and exports wasm-bindgen names with a hash
// ("__wbg_instanceof_HtmlSelectElement_e8e746c4e56224c9"): the same long, incompressible names
// stand in both the Wasm and its JS glue. Each becomes "_" + a number, in both files at once.
// usage: node tools/short-names.mjs MODULE.wasm GLUE.js   (both rewritten in place)
import fs from "node:fs";

const [wasmPath, gluePath] = process.argv.slice(2);
const bytes = fs.readFileSync(wasmPath);
let glue = fs.readFileSync(gluePath, "utf8");

const hashed = (name) => /[0-9a-f]{16}/.test(name);
const renames = new Map();
const shortFor = (name) => {
  if (!renames.has(name)) renames.set(name, "_" + renames.size.toString(36));
  return renames.get(name);
};

// LEB128, unsigned.
function leb(buf, at) {
  let value = 0, shift = 0, b;
  do {
    b = buf[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}
function toLeb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}
const name = (buf, at) => {
  const [len, p] = leb(buf, at);
  return [buf.subarray(p, p + len).toString("utf8"), p + len];
};
const encodeName = (s) => {
  const b = Buffer.from(s, "utf8");
  return [...toLeb(b.length), ...b];
};
// Copy the LEB at `at` and return [its bytes, next].
const lebBytes = (buf, at) => {
  const [, p] = leb(buf, at);
  return [[...buf.subarray(at, p)], p];
};
function limits(buf, at) {
  const flags = buf[at];
  let out = [flags], p = at + 1, b;
  [b, p] = lebBytes(buf, p);
  out.push(...b);
  if (flags & 1) {
    [b, p] = lebBytes(buf, p);
    out.push(...b);
  }
  return [out, p];
}

function rewriteImports(body) {
  let [count, p] = leb(body, 0);
  const out = [...toLeb(count)];
  for (let i = 0; i < count; i++) {
    let module, field;
    [module, p] = name(body, p);
    [field, p] = name(body, p);
    out.push(...encodeName(module), ...encodeName(hashed(field) ? shortFor(field) : field));
    const kind = body[p++];
    out.push(kind);
    let b;
    if (kind === 0) [b, p] = lebBytes(body, p); // function: type index
    else if (kind === 1) { out.push(body[p++]); [b, p] = limits(body, p); } // table
    else if (kind === 2) [b, p] = limits(body, p); // memory
    else if (kind === 3) { b = [body[p], body[p + 1]]; p += 2; } // global
    else if (kind === 4) { out.push(body[p++]); [b, p] = lebBytes(body, p); } // tag
    else throw new Error(`import kind ${kind} not understood`);
    out.push(...b);
  }
  if (p !== body.length) throw new Error("import section not read to its end");
  return out;
}

function rewriteExports(body) {
  let [count, p] = leb(body, 0);
  const out = [...toLeb(count)];
  for (let i = 0; i < count; i++) {
    let field, b;
    [field, p] = name(body, p);
    out.push(...encodeName(hashed(field) ? shortFor(field) : field), body[p++]);
    [b, p] = lebBytes(body, p);
    out.push(...b);
  }
  if (p !== body.length) throw new Error("export section not read to its end");
  return out;
}

const out = [bytes.subarray(0, 8)];
let p = 8;
while (p < bytes.length) {
  const id = bytes[p];
  const [size, start] = leb(bytes, p + 1);
  const body = bytes.subarray(start, start + size);
  if (id === 2 || id === 7) {
    const payload = id === 2 ? rewriteImports(body) : rewriteExports(body);
    out.push(Buffer.from([id, ...toLeb(payload.length), ...payload]));
  } else {
    out.push(bytes.subarray(p, start + size));
  }
  p = start + size;
}

// The glue names each of them as a property: a key of the imports object or `wasm.name`.
for (const [long, short] of renames) {
  const uses = glue.split(long).length - 1;
  if (uses === 0) throw new Error(`${long} is not in ${gluePath}`);
  glue = glue.replace(new RegExp(`(?<![\\w$])${long}(?![\\w$])`, "g"), short);
}
fs.writeFileSync(wasmPath, Buffer.concat(out));
fs.writeFileSync(gluePath, glue);
console.log(`${renames.size} names shortened`);
