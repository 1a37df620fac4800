# Summarise the blog's posts.
library(dplyr)
library(ggplot2)

posts <- read.csv("posts.csv", stringsAsFactors = FALSE)

#' Lower-case a title and join its words with dashes
slug <- function(title, sep = "-") {
  words <- strsplit(tolower(title), "[^a-z0-9]+")[[1]]
  paste(words[words != ""], collapse = sep)
}

posts$slug <- vapply(posts$title, slug, character(1))
by_year <- posts %>%
  filter(!is.na(date), draft == FALSE) %>%
  mutate(year = as.integer(substr(date, 1, 4))) %>%
  group_by(year) %>%
  summarise(n = n(), words = mean(words))

if (nrow(by_year) > 0) {
  for (i in seq_len(nrow(by_year))) {
    cat(sprintf("%d: %d posts\n", by_year$year[i], by_year$n[i]))
  }
} else {
  warning('no posts')
}

ratio <- 0.5 * 10L + 1e-3
x = c(TRUE, NA, NULL, Inf)
ggplot(by_year, aes(x = year, y = n)) + geom_col()
