//! Reading untrusted YAML (front matter, `_config.yml`) with bounds. The YAML
//! crate already stops alias expansion past 100 jumps per event (a "billion
//! laughs" document fails fast) and nesting past 128 levels, but a 25 kB
//! document of 5,000 aliases to a 5,000-item list still expands to 25 million
//! values. So values are built here against a budget of nodes.

use std::cell::Cell;
use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde_yaml_ng::value::{Tag, TaggedValue};
use serde_yaml_ng::{Mapping, Number, Value};

/// Far more values than any front matter holds; few enough to build in milliseconds.
pub const MAX_NODES: usize = 100_000;

/// Parses `text` into a YAML value of at most `MAX_NODES` nodes, aliases expanded.
pub fn parse_bounded(text: &str) -> Result<Value, serde_yaml_ng::Error> {
    let budget = Cell::new(MAX_NODES);
    Bounded { budget: &budget }.deserialize(serde_yaml_ng::Deserializer::from_str(text))
}

#[derive(Clone, Copy)]
struct Bounded<'b> {
    budget: &'b Cell<usize>,
}

impl Bounded<'_> {
    fn spend<E: de::Error>(&self) -> Result<(), E> {
        match self.budget.get().checked_sub(1) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => Err(E::custom(format!(
                "more than {MAX_NODES} values once aliases are expanded"
            ))),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Bounded<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Bounded<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(Number::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(Number::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(Number::from(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut mapping = Mapping::new();
        while let Some(key) = map.next_key_seed(self)? {
            let value = map.next_value_seed(self)?;
            mapping.insert(key, value);
        }
        Ok(Value::Mapping(mapping))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        self.spend()?;
        let (tag, contents) = data.variant::<String>()?;
        let value = contents.newtype_variant_seed(self)?;
        Ok(Value::Tagged(Box::new(TaggedValue {
            tag: Tag::new(tag),
            value,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_yaml_reads_as_the_crate_reads_it() {
        let text = "title: A\ntags: [a, 2, true, null]\nnested: {k: !t v}\n";
        let plain: Value = serde_yaml_ng::from_str(text).unwrap();
        assert_eq!(parse_bounded(text).unwrap(), plain);
    }

    #[test]
    fn a_billion_laughs_fails_fast() {
        let mut text = String::from("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
        for (name, prev) in "bcdefghi".chars().zip("abcdefgh".chars()) {
            let refs = vec![format!("*{prev}"); 9].join(",");
            text.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        assert!(parse_bounded(&text).is_err());
    }

    #[test]
    fn many_aliases_to_a_long_list_stop_at_the_budget() {
        let list = vec!["x"; 5000].join(",");
        let refs = vec!["*A"; 5000].join(",");
        let text = format!("a: &A [{list}]\nb: [{refs}]\n");
        // The budget's own error: expansion stopped at MAX_NODES values, not
        // after 25 million (no wall-clock check: these machines are noisy).
        let err = parse_bounded(&text).unwrap_err();
        assert!(err.to_string().contains("values once aliases"), "{err}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let flow = format!("a: {}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(parse_bounded(&flow).is_err());
        let block: String = (0..2_000)
            .map(|i| format!("{}a:\n", " ".repeat(i)))
            .collect();
        assert!(parse_bounded(&block).is_err());
    }
}
