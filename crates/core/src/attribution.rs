//! The attributions that the data licences require, shown by the CLI (`skillgap about`), the
//! README and the server's about page and footer.

/// O*NET attribution (CC BY 4.0).
pub const ONET_ATTRIBUTION: &str = "This product includes information from the O*NET 29.2 Database (Skills and Knowledge: O*NET 29.3 Database) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Licence: https://creativecommons.org/licenses/by/4.0/";

/// ESCO attribution (Commission Decision 2011/833/EU).
pub const ESCO_ATTRIBUTION: &str = "This service uses the ESCO classification of the European Commission. skillgap normalises ESCO values (essential/optional relations become importance 1.0/0.5) for its calculations.";

/// Crosswalk credits.
pub const CROSSWALK_ATTRIBUTION: &str = "ESCO-O*NET occupation crosswalk: Nesta, Mapping Career Causeways (Kanders, Djumalieva, Sleeman, Orlik, 2020), MIT licence. ISCO-08/SOC 2010 crosswalk: U.S. Bureau of Labor Statistics.";

/// All attributions as printable text.
pub fn attribution_text() -> String {
    format!(
        "skillgap: which microcredentials close a skills gap, with labour-market evidence.\n\
         Licensed MIT OR Apache-2.0.\n\n\
         Data sources and required attributions:\n\n\
         * O*NET: {ONET_ATTRIBUTION}\n\n\
         * ESCO: {ESCO_ATTRIBUTION}\n\n\
         * {CROSSWALK_ATTRIBUTION}\n\n\
         The bundled sample in data/sample uses official codes and labels; its descriptions \
         and ratings are invented for demonstration.\n"
    )
}
