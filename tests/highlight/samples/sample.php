<?php
declare(strict_types=1);

namespace Blog;

use DateTimeImmutable;

/**
 * A blog post.
 */
final class Post
{
    private const MAX_TAGS = 8;
    private array $tags = [];

    public function __construct(
        public readonly string $title,
        private ?DateTimeImmutable $date = null
    ) {
        $this->date = $date ?? new DateTimeImmutable('now');
    }

    // Lower-cases the title and joins words with dashes.
    public function slug(): string
    {
        return trim(preg_replace('/[^a-z0-9]+/', '-', strtolower($this->title)), '-');
    }

    public function addTag(string $tag): bool
    {
        if (count($this->tags) >= self::MAX_TAGS) {
            return false;
        }
        $this->tags[] = $tag;
        return true;
    }
}

$post = new Post("Hello World");
$ratio = 0.5 * 16 + 0x1F;
foreach (['news', 'meta'] as $i => $tag) {
    $post->addTag($tag);
}
echo "{$post->slug()} $ratio\n", PHP_EOL;
var_dump(null, true, isset($post->title));
