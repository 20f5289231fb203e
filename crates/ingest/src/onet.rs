//! Reader for the O*NET text release (tab-separated `.txt` files).
