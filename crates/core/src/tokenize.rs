//! The text analyzer the index writer uses: tantivy's `en_stem` (simple tokenizer, tokens over
//! 40 bytes dropped, lower-casing, English Snowball stemming) with a memo of stems.
//!
//! Posting descriptions repeat the same few thousand words over and over, and stemming was a
//! tenth of ingest's CPU time. The memo gives the very same tokens, so readers and query
//! parsers keep using tantivy's built-in `en_stem`; only writers register this one
//! ([`register`]).

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

use crate::schema::TEXT_TOKENIZER;

/// Words remembered per analyzer (one per tantivy segment writer); beyond that, words are
/// stemmed without being remembered.
const MEMO_LIMIT: usize = 200_000;

/// Registers the memoising `en_stem` analyzer on `index`.
pub fn register(index: &tantivy::Index) {
    index.tokenizers().register(TEXT_TOKENIZER, en_stem());
}

/// `en_stem` with a memo of stems: the same tokens as tantivy's built-in analyzer.
pub fn en_stem() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(MemoStemmer)
        .build()
}

/// English Snowball stemming, remembering each word's stem.
#[derive(Clone, Copy, Debug, Default)]
pub struct MemoStemmer;

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MemoStemmerFilter<T> {
        MemoStemmerFilter {
            inner: tokenizer,
            memo: Memo {
                stems: FxHashMap::default(),
                stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            },
        }
    }
}

#[derive(Clone)]
struct Memo {
    stems: FxHashMap<String, String>,
    stemmer: frostem::Stemmer,
}

impl Memo {
    fn stem(&mut self, word: &mut String) {
        if let Some(s) = self.stems.get(word.as_str()) {
            word.clear();
            word.push_str(s);
            return;
        }
        let stem = self.stemmer.stem(word).into_owned();
        if self.stems.len() < MEMO_LIMIT {
            self.stems.insert(std::mem::take(word), stem.clone());
        }
        *word = stem;
    }
}

/// [`MemoStemmer`] applied to a tokenizer.
#[derive(Clone)]
pub struct MemoStemmerFilter<T> {
    inner: T,
    memo: Memo,
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoStemmerStream {
            tail: self.inner.token_stream(text),
            memo: &mut self.memo,
        }
    }
}

/// The token stream of [`MemoStemmerFilter`].
pub struct MemoStemmerStream<'a, T> {
    tail: T,
    memo: &'a mut Memo,
}

impl<T: TokenStream> TokenStream for MemoStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        self.memo.stem(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::TokenizerManager;

    fn tokens(a: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut out = Vec::new();
        let mut s = a.token_stream(text);
        while let Some(t) = s.next() {
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    #[test]
    fn same_tokens_as_tantivy_en_stem() {
        let mut builtin = TokenizerManager::default().get(TEXT_TOKENIZER).unwrap();
        let mut memo = en_stem();
        let text = "Running databases, RUNNING reports; the runner ran. Généralement \
                    naïve cafés. Supercalifragilisticexpialidociousandthensomemoreletters x \
                    Developers developed development developing: relational databases again.";
        for _ in 0..3 {
            // Repeats hit the memo.
            assert_eq!(tokens(&mut memo, text), tokens(&mut builtin, text));
        }
        assert_eq!(tokens(&mut memo, ""), tokens(&mut builtin, ""));
    }
}
