//! Reading JS values into Rust types (captures, scan options, stored history) with serde.
//!
//! Our own small deserializer instead of serde-wasm-bindgen's: its error type formats serde's
//! `Unexpected` values, and a float among them links Rust's float printing (~14 KB of Wasm)
//! for an error message. Here a wrong value is described by its kind ("a number"), never
//! printed. Only what our types need: objects, arrays, strings, numbers, booleans, null.

use serde::de::{
    self, DeserializeOwned, Deserializer, Expected, MapAccess, SeqAccess, Unexpected, Visitor,
};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// A JS value as `T`, or a message saying what was wrong.
pub fn from_js<T: DeserializeOwned>(v: &JsValue) -> Result<T, String> {
    T::deserialize(Js(v.clone())).map_err(|e| e.0)
}

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// What kind of value it was, without printing it.
fn kind(u: &Unexpected) -> &'static str {
    match u {
        Unexpected::Bool(_) => "a boolean",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "a number",
        Unexpected::Char(_) | Unexpected::Str(_) => "a string",
        Unexpected::Unit | Unexpected::Option => "null",
        Unexpected::Seq => "a list",
        Unexpected::Map => "an object",
        _ => "another kind of value",
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
    fn invalid_type(unexp: Unexpected, exp: &dyn Expected) -> Self {
        Error(format!("found {} where {exp} was expected", kind(&unexp)))
    }
    fn invalid_value(unexp: Unexpected, exp: &dyn Expected) -> Self {
        Error(format!("found {} where {exp} was expected", kind(&unexp)))
    }
}

struct Js(JsValue);

impl<'de> Deserializer<'de> for Js {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let x = self.0;
        if x.is_null() || x.is_undefined() {
            return v.visit_unit();
        }
        if let Some(b) = x.as_bool() {
            return v.visit_bool(b);
        }
        if let Some(n) = x.as_f64() {
            // Whole numbers as integers, so u32 fields read them.
            return if n.fract() == 0.0 && n >= 0.0 && n <= u64::MAX as f64 {
                v.visit_u64(n as u64)
            } else if n.fract() == 0.0 && n >= i64::MIN as f64 && n < 0.0 {
                v.visit_i64(n as i64)
            } else {
                v.visit_f64(n)
            };
        }
        if let Some(s) = x.as_string() {
            return v.visit_string(s);
        }
        if js_sys::Array::is_array(&x) {
            let items: Vec<JsValue> = x.unchecked_into::<js_sys::Array>().iter().collect();
            return v.visit_seq(Seq(items.into_iter()));
        }
        if x.is_object() {
            let obj: js_sys::Object = x.unchecked_into();
            let keys: Vec<JsValue> = js_sys::Object::keys(&obj).iter().collect();
            return v.visit_map(Map {
                obj,
                keys: keys.into_iter(),
                value: None,
            });
        }
        Err(Error(
            "found a value that is not data (a function or symbol)".into(),
        ))
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            v.visit_none()
        } else {
            v.visit_some(self)
        }
    }

    // Typed entry points take only their own path: `deserialize_any` holds every path, and it
    // is compiled once per visitor (each struct, field name, list, map…), which cost ~10 KB of
    // Wasm. Same answers, same messages.
    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0.as_bool() {
            Some(b) => v.visit_bool(b),
            None => Err(wrong(&self.0, &v)),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0.as_f64() {
            Some(n) if n.fract() == 0.0 && n >= 0.0 && n <= u64::MAX as f64 => {
                v.visit_u64(n as u64)
            }
            _ => Err(wrong(&self.0, &v)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(s) => v.visit_string(s),
            None => Err(wrong(&self.0, &v)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_string(v)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_string(v)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        if !js_sys::Array::is_array(&self.0) {
            return Err(wrong(&self.0, &v));
        }
        let items: Vec<JsValue> = self.0.unchecked_into::<js_sys::Array>().iter().collect();
        v.visit_seq(Seq(items.into_iter()))
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        if !self.0.is_object() || js_sys::Array::is_array(&self.0) {
            return Err(wrong(&self.0, &v));
        }
        let obj: js_sys::Object = self.0.unchecked_into();
        let keys: Vec<JsValue> = js_sys::Object::keys(&obj).iter().collect();
        v.visit_map(Map {
            obj,
            keys: keys.into_iter(),
            value: None,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(v)
    }

    /// A field nobody reads is not walked.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct newtype_struct tuple tuple_struct enum
    }
}

/// "found a number where a string was expected", from the value's kind and the visitor's
/// expectation (the value itself is never printed).
fn wrong<'de, V: Visitor<'de>>(x: &JsValue, v: &V) -> Error {
    // The work in one function, not one per visitor type.
    wrong_kind(x, v)
}

fn wrong_kind(x: &JsValue, expected: &dyn Expected) -> Error {
    let found = if x.is_null() || x.is_undefined() {
        "null"
    } else if x.as_bool().is_some() {
        "a boolean"
    } else if x.as_f64().is_some() {
        "a number"
    } else if x.as_string().is_some() {
        "a string"
    } else if js_sys::Array::is_array(x) {
        "a list"
    } else {
        "an object"
    };
    Error(format!("found {found} where {expected} was expected"))
}

struct Seq(std::vec::IntoIter<JsValue>);

impl<'de> SeqAccess<'de> for Seq {
    type Error = Error;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0.next().map(|x| seed.deserialize(Js(x))).transpose()
    }
}

struct Map {
    obj: js_sys::Object,
    keys: std::vec::IntoIter<JsValue>,
    value: Option<JsValue>,
}

impl<'de> MapAccess<'de> for Map {
    type Error = Error;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        // A key whose value is `undefined` is treated as absent (so `#[serde(default)]` applies).
        for k in self.keys.by_ref() {
            let value = js_sys::Reflect::get(&self.obj, &k).unwrap_or(JsValue::UNDEFINED);
            if !value.is_undefined() {
                self.value = Some(value);
                return seed.deserialize(Js(k)).map(Some);
            }
        }
        Ok(None)
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(Js(self.value.take().unwrap_or(JsValue::UNDEFINED)))
    }
}
