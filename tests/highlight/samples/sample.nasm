; Hello world for Linux x86-64.
        global  _start

        section .data
message:
        db      "Hello, world", 10      ; the text and a newline
len     equ     $ - message

        section .text
_start:
        mov     rax, 1                  ; sys_write
        mov     rdi, 1                  ; stdout
        lea     rsi, [rel message]
        mov     rdx, len
        syscall

        xor     ecx, ecx
.loop:
        inc     ecx
        cmp     ecx, 0x10
        jne     .loop

        mov     rax, 60                 ; sys_exit
        xor     rdi, rdi
        syscall
