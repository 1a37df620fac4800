//! Which characters Ruby's Unicode regexp classes (`\p{L}`, `\p{M}`, `\p{Nd}`,
//! `\p{Word}`) take, as Jekyll's `slugify` and kramdown's GFM heading ids use
//! them. Rust's standard library has no general categories, so letters come
//! from `char::is_alphabetic` and marks from the combining blocks below: close
//! enough for the scripts blogs are written in, without a 100 kB table in the
//! WebAssembly build.

/// Combining marks (`\p{M}`): the blocks of combining diacritics, plus what
/// `is_alphabetic` already counts (vowel signs of Indic scripts and the like).
pub fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{3099}'..='\u{309A}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Numbers that are not decimal digits (`\p{No}`, `\p{Nl}`): superscripts,
/// fractions, Roman numerals, circled numbers.
fn is_other_number(c: char) -> bool {
    matches!(c,
        '\u{00B2}' | '\u{00B3}' | '\u{00B9}' | '\u{00BC}'..='\u{00BE}'
        | '\u{2070}'..='\u{209F}'
        | '\u{2150}'..='\u{218F}'
        | '\u{2460}'..='\u{24FF}'
        | '\u{2776}'..='\u{2793}'
        | '\u{3007}' | '\u{3021}'..='\u{3029}')
}

/// `\p{L}`: letters of any script.
pub fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !is_other_number(c)
}

/// `\p{Nd}`: decimal digits of any script.
pub fn is_decimal_digit(c: char) -> bool {
    c.is_numeric() && !is_other_number(c)
}

/// `\p{Word}`: letters, marks, numbers and connector punctuation such as `_`.
pub fn is_word(c: char) -> bool {
    c.is_alphanumeric()
        || is_mark(c)
        || matches!(
            c,
            '_' | '\u{203F}' | '\u{2040}' | '\u{2054}' | '\u{FE33}' | '\u{FE34}' | '\u{FE4D}'
                ..='\u{FE4F}' | '\u{FF3F}'
        )
}

/// Ruby's `String#capitalize`: the first character upper case, the rest lower
/// case. Liquid's `capitalize` filter and Jekyll's `titleize_slug` both use it.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_as_ruby_sees_them() {
        assert!(is_letter('é') && is_letter('ж') && is_letter('字'));
        assert!(!is_letter('½') && !is_letter('Ⅻ') && !is_letter('-'));
        assert!(is_mark('\u{0301}') && !is_mark('e'));
        assert!(is_decimal_digit('7') && is_decimal_digit('٣') && !is_decimal_digit('²'));
        assert!(is_word('_') && is_word('²') && is_word('\u{0301}') && !is_word('-'));
    }
}
