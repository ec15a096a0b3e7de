// glibc's pow (sysdeps/ieee754/dbl-64/e_pow.c, from ARM's optimized-routines), which CPython's float ** and
// math.pow call on Linux. V8's Math.pow is fdlibm's and differs in the last bit (2.0 ** 1.5 printed
// 2.82842712474619; CPython 2.8284271247461903). glibc's result is within 0.52 ULP, not correctly rounded, so
// matching it means doing its arithmetic operation for operation: log(x) as hi + lo from a 128-entry table
// and a polynomial, y * log(x) as a double-double, exp of that from a 128-entry table of 2^(j/128).
//
// On x86-64 with FMA (and on aarch64) glibc runs a build in which the compiler contracted most a * b + c
// into fused multiply-adds (read off the disassembly of Debian glibc 2.36's __pow_fma). JS has no fma:
// `fma` below emulates one (Dekker's product error with Veltkamp splitting, plus a two-sum). That is slow,
// so powCore first runs unfused and keeps the result when fusing cannot change its rounding (a bound on
// the difference, at the end of powCore; about 19 calls in 20); otherwise it runs again with every fused
// step. Checked against python3 on 500,000 pairs (random, integer, half-integer, near 1, subnormal, near
// overflow and underflow): no difference.
//
// libmPow is C's pow(x, y) with its IEEE special cases; Python's errors (OverflowError, ZeroDivisionError)
// and complex results stay with the callers (float_pow in float-methods.ts, math.pow in float-math.ts).

// 1/c for each of the 128 subintervals of [OFF, 2 OFF) that log(x) splits z into, times 256 (e_pow_log_data.c)
const INVC_256 = [
  362, 360, 358, 356, 354, 352, 350, 348, 346, 344, 342, 342, 340, 338, 336, 334, 332, 330, 330, 328, 326, 324, 322,
  320, 320, 318, 316, 314, 314, 312, 310, 308, 308, 306, 304, 304, 302, 300, 300, 298, 296, 294, 294, 292, 292, 290,
  288, 288, 286, 284, 284, 282, 282, 280, 278, 278, 276, 276, 274, 272, 272, 270, 270, 268, 268, 266, 266, 264, 264,
  262, 260, 260, 258, 258, 256, 256, 254, 252, 250, 248, 246, 244, 242, 241, 239, 237, 235, 234, 232, 230, 229, 227,
  226, 224, 223, 221, 220, 218, 217, 215, 214, 213, 211, 210, 208, 207, 206, 205, 203, 202, 201, 200, 198, 197, 196,
  195, 194, 193, 191, 190, 189, 188, 187, 186, 185, 184, 183, 182,
];
// The rest of glibc's tables as little-endian doubles, base64 (kept compact for the browser bundle):
// [log(c) rounded to a multiple of 2^-43, the rest of log(c)] for each subinterval (e_pow_log_data.c),
// then [tail, scale] with 2^(j/128) ~= scale (1 + tail) for j = 0..127 (e_exp_data.c).
const TABLES = new Float64Array(
  Uint8Array.from(
    atob(
      'AMi58oIs1r+AVjcoJLT6PAAIWL+90dW/IPfg2AilHL0AWEUXd3bVv21QttWkYiO9APgth60a1b/VZ7Ce5ITmvAB4d5VfvtS/4D4pk2kbBL0AYB' +
      'zCi2HUv8yETEgv2BM9AKiGhjAE1L86C4Lt80LcPABIaVVMptO/YJRRhsaxID0AgJia3UfTv5KAxdRNWSU9ACDhuuLo0r/YK7eZHnsmPQCI3hNa' +
      'idK/P7DPthTKFT0AiN4TWonSvz+wz7YUyhU9AHjP+0Ep0r922lMoJFoWvQCYacGYyNG/BFTnaLyvH70AqKurXGfRv/CogjPGHx89AEiu+YsF0b' +
      '9mWgX9xKgmvQCQc+Iko9C/DgP0fu5rDL0A0LSUJUDQv38t9J64NvC8ANC0lCVA0L9/LfSeuDbwvABAXm0Yuc+/hzyZqypXDT0AYNzLrfDOvySv' +
      'hpy3Jis9APAqbgcnzr8Q/z9UTy8XvQDAT2shXM2/G2jKu5G6IT0AoJrH94/MvzSEn2hPeSc9AKCax/ePzL80hJ9oT3knPQCQLXSGwsu/j7eLMb' +
      'BOGT0AwIBOyfPKv2aQzT9jTro8ALDiH7wjyr/qwUbcZIwlvQCw4h+8I8q/6sFG3GSMJb0AUPScWlLJv+PUwQTZ0Sq9ANAgZaB/yL8J+tt/v70r' +
      'PQDgEAKJq8e/WEpTcpDbKz0A4BACiavHv1hKU3KQ2ys9ANAZ5w/Wxr9m4rKjauQQvQCQp3Aw/8W/OVAQn0OeHr0AkKdwMP/FvzlQEJ9Dnh69AL' +
      'Ch4+Umxb+PWweQi94gvQCAy2wrTcS/PHg1YcEMFz0AgMtsK03Evzx4NWHBDBc9AJAeIPxxw786VCdNhnjxPADwH/hSlcK/CMRxFzCNJL0AYC/V' +
      'KrfBv5ajERikgC69AGAv1Sq3wb+WoxEYpIAuvQCQ0Hx+18C/9FvoiJZpCj0AkNB8ftfAv/Rb6IiWaQo9AODbMZHsv7/yM6NcVHUlvQAAK24HJ7' +
      '6/PADwKiw0Kj0AACtuBye+vzwA8CosNCo9AMBbj1RevL8Gvl9YVwwdvQDgSjptkrq/yKpb6DU5JT0A4Eo6bZK6v8iqW+g1OSU9AKAx1kXDuL9o' +
      'Vi9NKXwTPQCgMdZFw7i/aFYvTSl8Ez0AYOWK0vC2v9pzM8k3lya9ACAGPwcbtb9XXsZhWwIfPQAgBj8HG7W/V17GYVsCHz0A4BuW10Gzv98T+c' +
      'zaXiw9AOAbltdBs7/fE/nM2l4sPQCAo+42ZbG/CaOPdl58FD0AgBHAMAqvv5GONoOeWS09AIARwDAKr7+RjjaDnlktPQCAGXHdQqu/THDW5XqC' +
      'HD0AgBlx3UKrv0xw1uV6ghw9AMAy9lh0p7/uofI0RvwsvQDAMvZYdKe/7qHyNEb8LL0AwP65h56jv6r+JvW3AvU8AMD+uYeeo7+q/ib1twL1PA' +
      'AAeA6bgp+/5Al+fCaAKb0AAHgOm4Kfv+QJfnwmgCm9AIDVBxu5l785pvqTVI0ovQAA/LCowI+/nKbT9nwe37wAAPywqMCPv5ym0/Z8Ht+8AAAQ' +
      'ayrgf7/kQNoNP+IZvQAAEGsq4H+/5EDaDT/iGb0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiXUVEIA/6CudmWvHEL0AgJNYVi' +
      'CQP9L34gZb3CO9AADJKCVJmD80DFoyuqAqvQBA54ldQaA/U9fxXMARAT0AAC7UrmakPyj9vXVzFiy9AMCfFKqUqD99JlrQlXkZvQDA3c1zy6w/' +
      'ByjYR/JoGr0AwAbAMequP3s7yU8+EQ69AGBG0TuXsT+bng1WXTIlvQDg0af1vbM/107bpV7ILD0AoJdNWum1Px4dXTwGaSy9AMDqCtMAtz8y7Z' +
      '2pjR7sPABAWV1eM7k/2ke9OlwRIz0AYK2NyGq7P+Vo9yuAkBO9AEC8AViIvD/TrFrG0UYmPQAgCoM5x74/4EXmr2jALb0A4Ns5kei/P/0KoU/W' +
      'NCW9AOAngo4XwT/yBy3OeO8hPQDwI34rqsE/NJk4RI6nLD0AgIYMYdHCP6G0gctsnQM9AJAVsPxlwz+JcksjqC/GPACwM4M9kcQ/eLb9VHmDJT' +
      '0AsKHk5SfFP8d9aeXoMyY9ABCMvk5Xxj94Ljwsi88ZPQBwdYsS8MY/4SGc5Y0RJb0AUESFjYnHPwVDkXAQZhy9AAA566++yD/RLOmqVD0HvQAA' +
      '99xaWsk/b/+gWCjyBz0A4Io87ZPKP2khVlBDcii9ANBbV9gxyz+q4axOjTUMvQDgOziH0Ms/thJUWcRLLb0AEPDG+2/MP9IrlsVy7PG8AJDUsD' +
      '2xzT81sBX3Kv8qvQAQ5/8OU84/MPRBYCcSwjwAAN3krfXOPxGOu2UVIcq8ALCzbByZzz8w3wzK7MsbPQBYTWA4cdA/kU7tFtuc+DwAYGFnLcTQ' +
      'P+nqPBaLGCc9AOgngo4X0T8c8KVjDiEsvQD4rMtca9E/gRal982aKz0AaFpjmb/RP7e9R1Htpiw9ALgObUUU0j/quka63ocKPQCQ3HzwvtI/9A' +
      'RQSvqcKj0AYNPh8RTTP7g8IdN64ii9ABC+dmdr0z/Id/GwzW4RPQAwM3dSwtM/XL0GtlQ7GD0A6NUjtBnUP53gkOw25Ag9AMhxwo1x1D911mcJ' +
      'zicvvQAwF57gydQ/pNgKG4kgLr0AoDgHriLVP1nHZIFwvi49ANDIU/d71T/vQF3u7a0fPQBgWd+91dU/3GWkCCoLCr0AAAAAAAAAAAAAAAAAAP' +
      'A/br+IGk87mzw1M/upPfbvP13c2JwTYHG8YYB3Pprs7z/RZocQel6QvIV/bugV4+8/E/ZnNVLSjDx0hRXTsNnvP/qO+SOAzou83vbdKWvQ7z9h' +
      'yOZhTvdgPMibdRhFx+8/mdMzW+SjkDyD88bKPr7vP217g12mmpc8D4n5bFi17z/87/2SGrWOPPdHciuSrO8/0ZwvcD2+Pjyi0dMy7KPvPwtukI' +
      'k0A2q8G9P+r2ab7z8OvS8qUlaVvFFbEtABk+8/VepOjO+AULzMMWzAvYrvPxb01bkjyZG84C2prpqC7z+vVVzp49OAPFGOpciYeu8/SJOl6hUb' +
      'gLx7UX08uHLvPz0y3lXwH4+86o2MOPlq7z+/UxM/jImLPHXLb+tbY+8/JusRdpzZlrzUXASE4FvvP2AvOj737Jo8qrloMYdU7z+dOIbLguePvB' +
      '3Z/CJQTe8/jcOmREFvijzWjGKIO0bvP30E5LAFeoA8ltx9kUk/7z+UqKjj/Y6WPDhidW56OO8/fUh08hhehzw/prJPzjHvP/LnH5grR4A83Xzi' +
      'ZUUr7z9eCHE/e7iWvIFj9eHfJO8/MasJbeH3gjzh3h/1nR7vP/q/bxqbIT28kNna0H8Y7z+0CgxygjeLPAsD5KaFEu8/j8vOiZIUbjxWLz6prw' +
      'zvP7arsE11TYM8FbcxCv4G7z9MdKziAUKGPDHYTPxwAe8/SvjTXTndjzz/FmSyCPzuPwRbjjuAo4a88Z+SX8X27j9oUEvM7UqSvMupOjen8e4/' +
      'ji1RG/gHmbxm2AVtruzuP9I2lD7o0XG895/lNNvn7j8VG86zGRmZvOWoE8Mt4+4/bUwqp0ifhTwiNBJMpt7uP4ppKHpgEpO8HICsBEXa7j9biR' +
      'dIj6dYvCou9yEK1u4/G5pJZ5ssfLyXqFDZ9dHuPxGswmDtY0M8LYlhYAjO7j/vZAY7CWaWPFcAHe1Byu4/eQOh2uHMbjzQPMG1osbuPzASDz+O' +
      '/5M83tPX8CrD7j+wr3q7zpB2PCcqNtXav+4/d+BU670dkzwN3f2ZsrzuP46jcQA0lI+8pyyddrK57j9Jo5PczN6HvEJmz6Latu4/XzgPvcbeeL' +
      'yCT51WK7TuP/Zce+xGEoa8D5JdyqSx7j+O1/0YBTWTPNontTZHr+4/BZuKL7eYezz9x5fUEq3uPwlUHOLhY5A8KVRI3Qer7j/qxhlQhcc0PLdG' +
      'WYomqe4/NcBkK+YylDxIIa0Vb6fuP592mWFK5Iy8Cdx2ueGl7j+oTe87xTOMvIVVOrB+pO4/rukriXhThLwgw8w0RqPuP1hYVnjdzpO8JSJVgj' +
      'ii7j9kGX6AqhBXPHOpTNRVoe4/KCJev++zk7zNO39mnqDuP4K5NIetEmq8v9oLdRKg7j/uqW2472djvC8aZTyyn+4/UYjgVD3cgLyElFH5fZ/u' +
      'P88+Wn5kH3i8dF/s6HWf7j+wfYvASu6GvHSBpUian+4/iuZVHjIZhrzJZ0JW65/uP9PUCV7LnJA8P13eT2mg7j8dpU253DJ7vIcB63MUoe4/a8' +
      'BnVP3slDwywTAB7aHuP1Vs1qvh62U8Yk7PNvOi7j9Cz7MvxaGIvBIaPlQnpO4/NDc78bZpk7wTzkyZiaXuPx7/GTqEXoC8rccjRhqn7j9uV3LY' +
      'UNSUvO2SRJvZqO4/AIoOW2etkDyZZorZx6ruP7Tq8MEvt40826AqQuWs7j//58WcYLZlvIxEtRYyr+4/RF/zWYP2ezw2dxWZrrHuP4M9HqcfCZ' +
      'O8xv+RC1u07j8pHmyLuKldvOXFzbA3t+4/WbmQfPkjbLwPUsjLRLruP6r59CJDQ5K8UE7en4K97j9LjmbXbMqFvLoHynDxwO4/J86RK/yvcTyQ' +
      '8KOCkcTuP7tzCuE10m08IyPjGWPI7j9jImIiBMWHvGXlXXtmzO4/1THi44YcizwzLUrsm9DuPxW7vNPRu5G8XSU+sgPV7j/SMe6cMcyQPFizMB' +
      'Oe2e4/s1pzboRphDy//XlVa97uP7SdjpfN34K8evPTv2vj7j+HM8uSdxqMPK3TWpmf6O4/+tnRSo97kLxmto0pB+7uP7qu3FbZw1W8+xVPuKLz' +
      '7j9A9qY9DqSQvDpZ5Y1y+e4/NJOtOPTWaLxHXvvydv/uPzWKWGvi7pG8SgahMLAF7z/N3V8K1/90PNLBS5AeDO8/rJiS+vu9kbwJHtdbwhLvP7' +
      'MMrzCubnM8nFKF3ZsZ7z+U/Z9cMuOOPHrQ/1+rIO8/rFkJ0Y/ghDxL0Vcu8SfvP2caTjivzWM8tecGlG0v7z9oGZJsLGtnPGmQ79wgN+8/0rXM' +
      'gxiKgLz6w11VCz/vP2/6/z9drY+8fIkHSi1H7z9JqXU4rg2QvPKJDQiHT+8/pwc9poWjdDyHpPvcGFjvPw8iQCCekYK8mIPJFuNg7z+sksHVUF' +
      'qOPIUy2wPmae8/S2sBrFk6hDxgtAHzIXPvPx8+tAch1YK8X5t7M5d87z/JDUc7uSqJvCmh9RRGhu8/04g6YAS2dDz2P4vnLpDvP3FynVHsxYM8' +
      'g0zH+1Ga7z/wkdOPEvePvNqQpKKvpO8/fXQj4piujbzxZ44tSK/vPwggqkG8w448J1ph7hu67z8y66nDlCuEPJe6azcrxe8/7oXRMalkijxARW' +
      '5bdtDvP+3jO+S6N468FL6crf3b7z+dzZFNO4l3PNiQnoHB5+8/icxgQcEFUzzxcY8rwvPvPw==',
    ),
    (ch) => ch.charCodeAt(0),
  ).buffer,
);
const INVC = Float64Array.from(INVC_256, (v) => v / 256);
/** TABLES' 32-bit words: the scale 2^(j/128) is read as bits, its exponent field adjusted. */
const TABLE_WORDS = new Int32Array(TABLES.buffer);
const EXP_TAB = 256; // index in TABLES of the exp table

const f64 = new Float64Array(1);
// The words of f64[0]: [low, high] (little-endian, as on every host pyts runs on).
const i32 = new Int32Array(f64.buffer);

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's constant: splits a double into two 26-bit halves

/** a * b - p exactly, where p is a * b rounded (Dekker's algorithm). */
function prodErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * C fma(a, b, c): a * b + c rounded once. p + c is split exactly into s + t (two-sum); the product's own
 * rounding error e (|e| <= |p| 2^-53) is computed (Dekker) only when it could change the rounding of
 * s + t + e: if s + (t - E) and s + (t + E) agree for the bound E, rounding is monotonic, so every e
 * between gives that result too.
 */
function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const v = s - p;
  const t = (p - (s - v)) + (c - v);
  const bound = Math.abs(p) * 1.1102230246251565e-16; // 2^-53
  const up = s + (t + bound);
  return up === s + (t - bound) ? up : s + (t + prodErr(a, b, p));
}


/** fma(a, b, c) when |a * b| <= |c|, so the two-sum needs no ordering (Fast2Sum). */
function fmaSmall(a: number, b: number, c: number): number {
  const p = a * b;
  const s = c + p;
  const t = p - (s - c);
  const bound = Math.abs(p) * 1.1102230246251565e-16; // 2^-53
  const up = s + (t + bound);
  return up === s + (t - bound) ? up : s + (t + prodErr(a, b, p));
}

// ---- log(x) as hi + tail (glibc: log_inline) ----

const LN2HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const LN2LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
// log1p(r) ~= r + A0 r^2 + ... (coefficients pre-scaled as glibc evaluates them)
const A0 = -0.5;
const A1 = -0.6666666666666679; // -0x1.5555555555560p-1
const A2 = 0.5000000000000007; // 0x1.0000000000006p-1
const A3 = 0.7999999995323976; // 0x1.999999959554ep-1
const A4 = -0.6666666663487739; // -0x1.555555529a47ap-1
const A5 = -1.142909628459501; // -0x1.2495b9b4845e9p+0
const A6 = 1.0000415263675542; // 0x1.0002b8b263fc3p+0

/** lo12 + ar3 * (log1p(r) polynomial) with glibc's fused steps (kept out of logInline's fast path). */
function logPolyFused(r: number, ar2: number, ar3: number, lo12: number): number {
  const q = fmaSmall(ar2, fmaSmall(fmaSmall(r, A6, A5), ar2, fmaSmall(r, A4, A3)), fmaSmall(r, A2, A1));
  return fma(ar3, q, lo12);
}

// ---- exp(x + xtail) (glibc: exp_inline, specialcase) ----

const INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep+7 = 128 / ln 2
const NEG_LN2HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEG_LN2LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const SHIFT = 6755399441055744.0; // 0x1.8p52: adding it rounds to an integer
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7
/** expInline's answer when the unfused evaluation cannot decide the rounding. */
const RETRY = NaN;
/** Added to k before it is shifted into the exponent field: sets the sign bit of the scale. */
const SIGN_BIAS = 0x800 << 7;

/** Scale * (1 + tmp) where the exponent of the scale (bits sHi:sLo, k = kd) over- or underflowed. */
function specialCase(tmp: number, sHi: number, sLo: number, kd: number): number {
  if (kd >= 0) {
    // the scale's exponent overflowed by at most 460: compute 2^-1009 of the result, then scale up
    i32[0] = sLo;
    i32[1] = (sHi - (1009 << 20)) | 0;
    const scale = f64[0];
    return 2 ** 1009 * fmaSmall(tmp, scale, scale);
  }
  const scaledHi = (sHi + (1022 << 20)) | 0; // the sign bit is right again
  i32[0] = sLo;
  i32[1] = scaledHi;
  const scale = f64[0];
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    // Round to the final precision before scaling into the subnormal range (no double rounding).
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = scaledHi < 0 ? -0.0 : 0.0;
  }
  return 2 ** -1022 * y;
}

/** tail + exp(r) - 1 with glibc's fused steps (kept out of expInline's fast path). */
function expPolyFused(r: number, r2: number, tail: number): number {
  return fma(fmaSmall(r, C5, C4), r2 * r2, fma(fmaSmall(r, C3, C2), r2, tail + r));
}


/**
 * x^y for finite x > 0 (bits ixHi:ixLo, a subnormal x normalized with a negative exponent) and y; the
 * result's sign from signBias. exact: with glibc's fused multiply-adds (slow); else unfused, returning
 * RETRY when fusing could change the rounding.
 */
function powCore(ixHi: number, ixLo: number, y: number, signBias: number, exact: boolean): number {
  // log(x) = lhi + ltail (glibc: log_inline). x = 2^k z with z in [OFF, 2 OFF), OFF = 0x3fe6955500000000.
  let lhi, ltail;
  {
    const tmpHi = (ixHi - 0x3fe69555) | 0;
    const i = (tmpHi >>> 13) & 127;
    const kd = tmpHi >> 20;
    i32[0] = ixLo;
    i32[1] = (ixHi - (tmpHi & 0xfff00000)) | 0;
    const z = f64[0];
    const invc = INVC[i];
    const logc = TABLES[2 * i];
    const logctail = TABLES[2 * i + 1];
    // r = fma(z, invc, -1) is exact (invc has 8 significant bits, |r| < 2^-7): split z so both products are.
    const zt = SPLIT * z;
    const zh = zt - (zt - z);
    const r = (zh * invc - 1.0) + (z - zh) * invc;
    const t1 = kd * LN2HI + logc; // exact: the table's logc makes it so
    const t2 = t1 + r;
    const lo1 = exact ? fma(kd, LN2LO, logctail) : kd * LN2LO + logctail;
    const lo2 = t1 - t2 + r;
    const ar = A0 * r;
    const ar2 = r * ar;
    const ar3 = r * ar2;
    const hi = t2 + ar2;
    const lo3 = prodErr(ar, r, ar2);
    const lo4 = t2 - hi + ar2;
    const lo12 = lo1 + lo2 + lo3 + lo4;
    const lo = exact
      ? logPolyFused(r, ar2, ar3, lo12)
      : ar3 * (ar2 * ((r * A6 + A5) * ar2 + (r * A4 + A3)) + (r * A2 + A1)) + lo12;
    lhi = hi + lo;
    ltail = hi - lhi + lo;
  }
  const ex = y * lhi;
  const err = prodErr(y, lhi, ex);
  const elo = exact ? fma(y, ltail, err) : y * ltail + err;
  // exp(ex + elo) (glibc: exp_inline)
  f64[0] = ex;
  const abstop = (i32[1] >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >>> 0 >= 0x3f) {
    // |ex| < 2^-54 or |ex| >= 512
    if (abstop < 0x3c9) return signBias ? -1.0 : 1.0;
    if (abstop >= 0x409) {
      if (ex < 0) return signBias ? -0.0 : 0.0;
      return signBias ? -Infinity : Infinity;
    }
    special = true;
  }
  // ex = k ln2/128 + r, |r| <= ln2/256; exp(ex) = 2^(k/128) exp(r)
  const kd = fmaSmall(ex, INV_LN2_N, SHIFT) - SHIFT;
  // fma(kd, NEG_LN2HI_N, ex): the product is exact below |kd| = 2^17, the sum cancels exactly
  const p = kd * NEG_LN2HI_N;
  const r1 = ex + p + prodErr(kd, NEG_LN2HI_N, p);
  let r = exact ? fma(kd, NEG_LN2LO_N, r1) : kd * NEG_LN2LO_N + r1;
  r += elo;
  const idx = kd & 127;
  const tail = TABLES[EXP_TAB + 2 * idx];
  const sLo = TABLE_WORDS[2 * (EXP_TAB + 2 * idx + 1)];
  const sHi = (TABLE_WORDS[2 * (EXP_TAB + 2 * idx + 1) + 1] + ((kd + signBias) << 13)) | 0;
  const r2 = r * r;
  const tmp = exact ? expPolyFused(r, r2, tail) : (r * C5 + C4) * (r2 * r2) + ((r * C3 + C2) * r2 + (tail + r));
  if (special) return exact ? specialCase(tmp, sHi, sLo, kd) : RETRY;
  i32[0] = sLo;
  i32[1] = sHi;
  const scale = f64[0];
  if (exact) return fmaSmall(tmp, scale, scale);
  // Unfused, scale * (1 + tmp) differs from glibc's fused value by less than 2^-59 of scale: r and
  // tail + r by an ulp (2^-61), the exp polynomial and tmp by 2^-60 each, plus scale * tmp's rounding
  // (2^-61); and the unfused log polynomial moves log(x) by a relative 2^-66, so exp's argument by |ex| 2^-66.
  // Return it only if every value within twice that distance rounds the same way.
  const p2 = scale * tmp;
  const s2 = scale + p2;
  const t2 = p2 - (s2 - scale);
  const bound = Math.abs(scale) * (3.469446951953614e-18 + Math.abs(ex) * 5.421010862427522e-20); // 2^-58, 2^-64
  const up = s2 + (t2 + bound);
  return up === s2 + (t2 - bound) ? up : RETRY;
}

/** C pow(x, y) as glibc computes it (errno aside: the caller maps inf/nan results to Python errors). */
export function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1.0;
  if (x !== x || y !== y) return x + y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1.0;
    return (ax < 1) === (y > 0) ? 0.0 : Infinity;
  }
  if (x === 0 || x === Infinity || x === -Infinity) {
    let x2 = x * x;
    if ((x < 0 || Object.is(x, -0)) && isOddInteger(y)) x2 = -x2;
    return y < 0 ? 1 / x2 : x2;
  }
  let signBias = 0;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (isOddInteger(y)) signBias = SIGN_BIAS;
    x = -x;
  }
  f64[0] = y;
  const topy = (i32[1] >>> 20) & 0x7ff;
  if (topy - 0x3be >>> 0 >= 0x43e - 0x3be) {
    // |y| < 2^-65 (x^y ~= 1 + y log x) or |y| >= 2^63 (certain overflow or underflow; y is even)
    if (x === 1) return 1.0;
    if (topy < 0x3be) return x > 1 ? 1.0 + y : 1.0 - y;
    return (x > 1) === (y > 0) ? Infinity : 0.0;
  }
  f64[0] = x;
  let ixHi = i32[1];
  let ixLo = i32[0];
  if (ixHi < 0x00100000) {
    // subnormal x: normalize, leaving a negative exponent in the bits
    f64[0] = x * 4503599627370496; // 2^52
    ixHi = (i32[1] - (52 << 20)) | 0;
    ixLo = i32[0];
  }
  // First unfused (fast), checking that fusing could not change the result; else glibc's fused steps.
  const r = powCore(ixHi, ixLo, y, signBias, false);
  return r === r ? r : powCore(ixHi, ixLo, y, signBias, true);
}

function isOddInteger(y: number): boolean {
  return Math.abs(y) % 2 === 1;
}
