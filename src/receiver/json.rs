//! Reading a body as I-JSON (RFC 7493): a `serde_json::Value`, except that an object with two
//! members of one name is refused, with the path to the second. serde alone keeps the last copy,
//! while the stored raw body keeps both and a database's JSON functions may read the first, so a
//! stored body could say something other than what was checked.

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Why a body is not I-JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// Not JSON at all (or not read to its end).
    Malformed,
    /// A member name given twice in one object; the path of the second, as the shape errors
    /// write paths (`answers.purpose`, `assessment.measures[0].code`).
    Duplicate(String),
}

/// Parses `bytes` into a value, refusing duplicate member names.
pub fn parse(bytes: &[u8]) -> Result<Value, JsonProblem> {
    let path = RefCell::new(Vec::new());
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = Unique {
        path: &path,
        duplicate: &duplicate,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    match (value, duplicate.into_inner()) {
        (_, Some(path)) => Err(JsonProblem::Duplicate(path)),
        (Ok(value), None) => Ok(value),
        (Err(_), None) => Err(JsonProblem::Malformed),
    }
}

/// One step of a path: an object member or an array index.
enum Step {
    Member(String),
    Index(usize),
}

fn written(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Member(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Step::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

#[derive(Clone, Copy)]
struct Unique<'a> {
    path: &'a RefCell<Vec<Step>>,
    duplicate: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Unique<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Unique<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            self.path.borrow_mut().push(Step::Index(out.len()));
            let item = items.next_element_seed(self)?;
            self.path.borrow_mut().pop();
            match item {
                Some(item) => out.push(item),
                None => return Ok(Value::Array(out)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(name) = members.next_key::<String>()? {
            self.path.borrow_mut().push(Step::Member(name.clone()));
            if out.contains_key(&name) {
                *self.duplicate.borrow_mut() = Some(written(&self.path.borrow()));
                return Err(A::Error::custom("duplicate member name"));
            }
            let value = members.next_value_seed(self)?;
            self.path.borrow_mut().pop();
            out.insert(name, value);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::{JsonProblem, parse};

    #[test]
    fn a_second_member_of_one_name_is_refused_with_its_path() {
        assert_eq!(
            parse(br#"{"a": 1, "b": {"c": [1, {"d": 1, "d": 2}]}}"#),
            Err(JsonProblem::Duplicate("b.c[1].d".to_owned()))
        );
        assert_eq!(
            parse(br#"{"kind": "x", "kind": "y"}"#),
            Err(JsonProblem::Duplicate("kind".to_owned()))
        );
    }

    #[test]
    fn distinct_names_and_malformed_input_read_as_serde_json_does() {
        let text = br#"{"a": [1, -2, 3.5, "x", null, true], "b": {"a": {}}}"#;
        assert_eq!(
            parse(text),
            Ok(serde_json::from_slice::<serde_json::Value>(text).unwrap())
        );
        assert_eq!(parse(b"{} trailing"), Err(JsonProblem::Malformed));
        assert_eq!(parse(b"{\"a\": "), Err(JsonProblem::Malformed));
    }
}
