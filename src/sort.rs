//! One sort for the engine. The standard library's sorts are compiled once per element type
//! (about 2 KB of Wasm each; ten types made 25 KB); in the Wasm this orders indices by one
//! merge sort shared by every type, then moves the items into place. Stable, so equal items
//! keep their order, as the native build's standard stable sort keeps them: both builds give
//! the same order.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
    #[cfg(target_arch = "wasm32")]
    {
        let idx = order(v.len(), &|a, b| cmp(&v[a], &v[b]) == Ordering::Greater);
        place(v, idx);
    }
}

pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices 0..n in order, by a bottom-up merge sort (`after(a, b)`: a goes after b).
#[cfg(any(target_arch = "wasm32", test))]
fn order(n: usize, after: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // The left run wins ties: stable.
                if j >= hi || (i < mid && !after(a[i], a[j])) {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Puts the item at `idx[i]` at `i`, by swaps: a swapped-away item is followed to where it went.
#[cfg(any(target_arch = "wasm32", test))]
fn place<T>(v: &mut [T], mut idx: Vec<usize>) {
    for i in 0..v.len() {
        let mut src = idx[i];
        while src < i {
            src = idx[src];
        }
        v.swap(i, src);
        idx[i] = src;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        super::sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    /// The Wasm's merge of indices gives the standard stable sort's order, on many lengths
    /// and many ties.
    #[test]
    fn the_wasm_sort_orders_as_the_standard_one() {
        let mut seed = 0x2545_f491_u32;
        for n in 0..200 {
            let v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    (seed % 7, i)
                })
                .collect();
            let mut ours = v.clone();
            let idx = super::order(n, &|a, b| ours[a].0 > ours[b].0);
            super::place(&mut ours, idx);
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}
