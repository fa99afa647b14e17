// The part of the `rand` crate (0.8) that LeetCode's randomized Rust problems use, for solutions
// that write `use rand::Rng;`, `rand::thread_rng().gen_range(0..n)`, `rand::random::<f64>()` or
// `v.choose(&mut rng)`. No crates: a xorshift generator with a fixed seed, so a run is
// reproducible, as the Python harness seeds `random` with 0.
pub mod rand {
    use std::cell::Cell;
    use std::ops::{Range, RangeInclusive};

    thread_local! {
        static STATE: Cell<u64> = const { Cell::new(0x9E37_79B9_7F4A_7C15) };
    }

    fn next_u64() -> u64 {
        STATE.with(|s| {
            // xorshift64*
            let mut x = s.get();
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            s.set(x);
            x.wrapping_mul(0x2545_F491_4F6C_DD1D)
        })
    }

    /// A value uniform in 0..n (n > 0), without modulo bias.
    fn below(n: u64) -> u64 {
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let x = next_u64();
            if x < zone {
                return x % n;
            }
        }
    }

    fn unit() -> f64 {
        (next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub trait SampleRange<T> {
        fn sample(self) -> T;
    }

    macro_rules! int_ranges {
        ($($t:ty),*) => {$(
            impl SampleRange<$t> for Range<$t> {
                fn sample(self) -> $t {
                    assert!(self.start < self.end, "cannot sample empty range");
                    let span = (self.end as i128 - self.start as i128) as u64;
                    (self.start as i128 + below(span) as i128) as $t
                }
            }
            impl SampleRange<$t> for RangeInclusive<$t> {
                fn sample(self) -> $t {
                    let (lo, hi) = (*self.start(), *self.end());
                    assert!(lo <= hi, "cannot sample empty range");
                    let span = (hi as i128 - lo as i128 + 1) as u128;
                    if span > u64::MAX as u128 {
                        return next_u64() as $t;
                    }
                    (lo as i128 + below(span as u64) as i128) as $t
                }
            }
            impl Standard for $t {
                fn standard() -> $t { next_u64() as $t }
            }
        )*};
    }
    int_ranges!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

    impl SampleRange<f64> for Range<f64> {
        fn sample(self) -> f64 {
            self.start + unit() * (self.end - self.start)
        }
    }
    impl SampleRange<f32> for Range<f32> {
        fn sample(self) -> f32 {
            self.start + unit() as f32 * (self.end - self.start)
        }
    }

    /// Types `gen()` and `random()` produce: integers over their whole range, floats in [0, 1).
    pub trait Standard {
        fn standard() -> Self;
    }
    impl Standard for f64 {
        fn standard() -> f64 { unit() }
    }
    impl Standard for f32 {
        fn standard() -> f32 { unit() as f32 }
    }
    impl Standard for bool {
        fn standard() -> bool { next_u64() & 1 == 1 }
    }

    pub trait Rng {
        fn gen_range<T, R: SampleRange<T>>(&mut self, range: R) -> T {
            range.sample()
        }
        fn gen<T: Standard>(&mut self) -> T {
            T::standard()
        }
        fn gen_bool(&mut self, p: f64) -> bool {
            unit() < p
        }
    }

    pub trait RngCore {
        fn next_u32(&mut self) -> u32 {
            next_u64() as u32
        }
        fn next_u64(&mut self) -> u64 {
            next_u64()
        }
    }

    #[derive(Clone, Copy, Debug, Default)]
    pub struct ThreadRng;
    impl Rng for ThreadRng {}
    impl RngCore for ThreadRng {}

    pub fn thread_rng() -> ThreadRng {
        ThreadRng
    }

    pub fn random<T: Standard>() -> T {
        T::standard()
    }

    pub mod prelude {
        pub use super::seq::SliceRandom;
        pub use super::{random, thread_rng, Rng, RngCore, ThreadRng};
    }

    pub mod rngs {
        pub use super::ThreadRng;
    }

    pub mod seq {
        pub trait SliceRandom {
            type Item;
            fn choose<R: super::Rng + ?Sized>(&self, rng: &mut R) -> Option<&Self::Item>;
            fn shuffle<R: super::Rng + ?Sized>(&mut self, rng: &mut R);
        }
        impl<T> SliceRandom for [T] {
            type Item = T;
            fn choose<R: super::Rng + ?Sized>(&self, _rng: &mut R) -> Option<&T> {
                if self.is_empty() {
                    None
                } else {
                    Some(&self[super::below(self.len() as u64) as usize])
                }
            }
            fn shuffle<R: super::Rng + ?Sized>(&mut self, _rng: &mut R) {
                for i in (1..self.len()).rev() {
                    let j = super::below(i as u64 + 1) as usize;
                    self.swap(i, j);
                }
            }
        }
    }
}
