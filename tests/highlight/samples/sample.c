#include <stdio.h>
#include <stdlib.h>
#include "list.h"

#define MAX_ITEMS 128
#define SQUARE(x) ((x) * (x))

/* A singly linked list of integers.
 * Nodes are allocated on the heap. */
typedef struct node {
    int value;
    struct node *next;
} node_t;

static const char *names[] = { "zero", "one", "two" };

static node_t *push(node_t *head, int value)
{
    node_t *n = malloc(sizeof *n);
    if (n == NULL) {
        fprintf(stderr, "out of memory: %s\n", "push");
        exit(EXIT_FAILURE);
    }
    n->value = value;
    n->next = head;
    return n;
}

unsigned long sum(const node_t *head)
{
    unsigned long total = 0UL;
    for (; head != NULL; head = head->next)
        total += (unsigned long)head->value;  // no overflow check
    return total;
}

int main(int argc, char **argv)
{
    node_t *list = NULL;
    double ratio = 0.5e-3;
    char c = '\n';
    for (int i = 0; i < MAX_ITEMS && i < argc; i++) {
        list = push(list, atoi(argv[i]) + 0x1F);
    }
    printf("sum=%lu ratio=%f square=%d %c", sum(list), ratio, SQUARE(3), c);
    switch (argc) {
    case 1: break;
    default: return -1;
    }
    return 0;
}
