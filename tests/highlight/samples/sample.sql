-- Posts and their tags.
CREATE TABLE posts (
    id        INTEGER PRIMARY KEY,
    title     VARCHAR(200) NOT NULL,
    published DATE,
    draft     BOOLEAN DEFAULT FALSE,
    views     INT DEFAULT 0
);

CREATE INDEX posts_published ON posts (published);

INSERT INTO posts (id, title, published, draft)
VALUES (1, 'Hello, world', '2024-01-01', FALSE),
       (2, 'It''s a second post', NULL, TRUE);

/* Most viewed posts
   of each year. */
SELECT EXTRACT(YEAR FROM p.published) AS year,
       COUNT(*) AS n,
       MAX(p.views) AS best,
       AVG(p.views) * 1.5 AS score
FROM posts p
LEFT JOIN tags t ON t.post_id = p.id
WHERE p.draft = FALSE
  AND p.title LIKE '%hello%'
  AND p.views > 100
GROUP BY year
HAVING COUNT(*) >= 2
ORDER BY year DESC
LIMIT 10;

UPDATE posts SET views = views + 1 WHERE id IN (SELECT post_id FROM tags WHERE name = 'news');
DELETE FROM posts WHERE published IS NULL;
