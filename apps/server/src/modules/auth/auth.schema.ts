import { z } from 'zod';

/** `POST /auth/login`. Bounds only stop abuse; the policy judges passwords when they are set. */
export const loginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(150),
  password: z.string().min(1, '请输入密码').max(1024),
});

/** `POST /auth/password`. */
export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(1024),
  newPassword: z.string().min(1, '请输入新密码').max(1024),
});
