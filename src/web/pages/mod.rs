//! One module per kind of page.

mod article;
mod home;
mod not_found;
mod tag;

pub use article::ArticleOrNotFound;
pub use home::HomePage;
pub use not_found::NotFound;
pub use tag::TagPage;
