//! Readers for the occupation crosswalks (Nesta ESCO ↔ O*NET, O*NET/SOC/ISCO tables).
